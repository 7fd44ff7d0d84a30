package id.go.kemnaker.karirhub.stats.audit;

import id.go.kemnaker.karirhub.stats.database.CommitOutcome;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;

/**
 * Where every write starts: {@link #begin} opens the audit trail of the current transaction.
 *
 * <p>It also fires the trail as a CDI event; observers declared with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} see it once the transaction has
 * committed (and never when it rolled back), which is how this instance's caches learn of a
 * write at the moment it commits. Other instances learn through the {@code NOTIFY}.
 */
@ApplicationScoped
public class AuditTrails {

    private final Event<AuditTrail> committed;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final CommitOutcome outcome;

    AuditTrails(Event<AuditTrail> committed, TransactionSynchronizationRegistry transactions, DataSource dataSource,
            CommitOutcome outcome) {
        this.committed = committed;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.outcome = outcome;
    }

    /**
     * Takes the write lock on {@code connection}, which must belong to the current transaction,
     * and arranges for the trail's entries to be stamped with the commit time just before the
     * transaction commits (on the transaction's connection, which the data source hands out
     * again within the transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditTrail begin(Connection connection, String actor, String channel) throws SQLException {
        AuditTrail trail = AuditTrail.begin(connection, actor, channel);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                try (Connection transactionConnection = dataSource.getConnection()) {
                    trail.seal(transactionConnection);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not stamp the audit entries with the commit time", e);
                }
                // Interposed synchronisations run last: from here on only COMMIT remains.
                whileInRequest(outcome::commitRequested);
            }

            @Override
            public void afterCompletion(int status) {
                // the AFTER_SUCCESS observers of the trail act on a commit
                whileInRequest(() -> outcome.completed(status));
            }
        });
        committed.fire(trail);
        return trail;
    }

    /** The outcome belongs to an HTTP request; a write made outside one has nobody to tell. */
    private static void whileInRequest(Runnable note) {
        if (Arc.container().requestContext().isActive()) {
            note.run();
        }
    }
}