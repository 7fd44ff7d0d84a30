package id.go.kemnaker.karirhub.stats.database;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;

/**
 * What this request knows of its write's COMMIT. Every write opens its audit trail with
 * {@code audit.AuditTrails.begin}, whose synchronisation marks the moment the last statement before
 * COMMIT has run and later the status the transaction ended with. A failure after that moment
 * and without a confirmed commit may have committed or not: the database can have made the
 * write durable just before the connection broke. The error mapping answers such a failure
 * with 503 {@code commit-outcome-unknown}, never with "nothing was changed".
 */
@RequestScoped
public class CommitOutcome {

    private boolean commitRequested;
    private boolean committed;

    /** Only COMMIT remains: from here on a failure may have committed or not. */
    public void commitRequested() {
        commitRequested = true;
    }

    /** The transaction ended with {@code status} ({@link Status}). */
    public void completed(int status) {
        committed = status == Status.STATUS_COMMITTED;
    }

    /** True when COMMIT was sent (or about to be) and its success was never confirmed. */
    public boolean unknown() {
        return commitRequested && !committed;
    }
}
