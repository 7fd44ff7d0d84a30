package id.go.kemnaker.karirhub.stats.audit;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

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

    AuditTrails(Event<AuditTrail> committed) {
        this.committed = committed;
    }

    /** Takes the write lock on {@code connection}, which must belong to the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditTrail begin(Connection connection, String actor, String channel) throws SQLException {
        AuditTrail trail = AuditTrail.begin(connection, actor, channel);
        committed.fire(trail);
        return trail;
    }
}
