package id.go.kemnaker.karirhub.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Forces requests to overlap instead of hoping they do: a test holds a lock the service's
 * writers need (the audit write lock every writer takes first, or one row), starts its
 * requests, waits until PostgreSQL shows them all waiting for it, and only then lets go.
 */
public final class DatabaseLocks implements AutoCloseable {

    /** AuditTrail's advisory lock key ("KarirHub"). */
    private static final long WRITE_LOCK = 0x4b61726972487562L;

    private final DataSource dataSource;
    private final Connection holder;

    private DatabaseLocks(DataSource dataSource, String lockStatement, Object... parameters) throws SQLException {
        this.dataSource = dataSource;
        this.holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement(lockStatement)) {
            for (int i = 0; i < parameters.length; i++) {
                lock.setObject(i + 1, parameters[i]);
            }
            lock.execute();
        }
    }

    /** Holds the audit write lock: every write of the service waits for it. */
    public static DatabaseLocks holdWriteLock(DataSource dataSource) throws SQLException {
        return new DatabaseLocks(dataSource, "SELECT pg_advisory_xact_lock(?)", WRITE_LOCK);
    }

    /** Holds the row of one count ({@code week} null: the month total): a write of it waits, holding the write lock. */
    public static DatabaseLocks holdCountRow(DataSource dataSource, String category, int year, int month, Integer week)
            throws SQLException {
        return new DatabaseLocks(dataSource, "SELECT id FROM reported_count WHERE category = ? AND year = ? AND month = ? "
                + "AND week IS NOT DISTINCT FROM ?::integer FOR UPDATE", category, year, month, week);
    }

    /**
     * Holds the audit trail's table against writes: a writer waits once it has taken its commit
     * time, when it writes its entries, just before it commits.
     */
    public static DatabaseLocks holdAuditEntries(DataSource dataSource) throws SQLException {
        return new DatabaseLocks(dataSource, "LOCK TABLE audit_entry IN SHARE MODE");
    }

    /** Holds the stored counts against every read: a render of figures waits, holding its render thread. */
    public static DatabaseLocks holdCountsTable(DataSource dataSource) throws SQLException {
        return new DatabaseLocks(dataSource, "LOCK TABLE reported_count IN ACCESS EXCLUSIVE MODE");
    }

    /** Waits (polling pg_locks, at most {@code within}) until {@code sessions} other sessions wait for a lock. */
    public void awaitWaiting(int sessions, Duration within) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int waiting = 0;
        while (System.nanoTime() < deadline) {
            waiting = waiting();
            if (waiting >= sessions) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError(sessions + " sessions should wait for the held lock, but " + waiting + " did within " + within);
    }

    /** How many other sessions wait for a lock now (this one's or any other). */
    public int waiting() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Lets the waiting writers go (ends the holding transaction). */
    @Override
    public void close() throws SQLException {
        try {
            holder.rollback();
        } finally {
            holder.close();
        }
    }
}
