package id.go.kemnaker.karirhub.stats.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import id.go.kemnaker.karirhub.stats.counts.CountKey;
import id.go.kemnaker.karirhub.stats.targets.Indicator;

/**
 * Writes audit entries on the caller's connection, inside the caller's transaction, so a
 * change and its record commit or roll back together.
 *
 * <p>{@link #begin} takes one transaction-level advisory lock that every writer takes first:
 * writes are serialised, entry ids grow in commit order, and a reader polling "after id N"
 * can never miss an entry that commits later with a smaller id.
 */
public final class AuditTrail {

    private static final long WRITE_LOCK = 0x4b61726972487562L; // "KarirHub"

    private final Connection connection;
    private final Timestamp changedAt;
    private final String actor;
    private final String channel;

    private AuditTrail(Connection connection, Timestamp changedAt, String actor, String channel) {
        this.connection = connection;
        this.changedAt = changedAt;
        this.actor = actor;
        this.channel = channel;
    }

    /** Takes the write lock and fixes the time every entry of this transaction carries. */
    public static AuditTrail begin(Connection connection, String actor, String channel) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?), clock_timestamp()")) {
            lock.setLong(1, WRITE_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return new AuditTrail(connection, result.getTimestamp(2), actor, channel);
            }
        }
    }

    public String actor() {
        return actor;
    }

    /** A count went from {@code oldValue} to {@code newValue}; null on one side means it did not exist. */
    public record CountChange(CountKey key, Long oldValue, Long newValue) {
    }

    public void recordCounts(List<CountChange> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry "
                + "(changed_at, actor, channel, subject, category, year, month, week, old_value, new_value) "
                + "VALUES (?, ?, ?, 'COUNT', ?, ?, ?, ?, ?, ?)")) {
            for (CountChange change : changes) {
                insert.setTimestamp(1, changedAt);
                insert.setString(2, actor);
                insert.setString(3, channel);
                insert.setString(4, change.key().category().name());
                insert.setInt(5, change.key().year());
                insert.setInt(6, change.key().month());
                setNullable(insert, 7, change.key().week(), Types.INTEGER);
                setNullable(insert, 8, change.oldValue(), Types.BIGINT);
                setNullable(insert, 9, change.newValue(), Types.BIGINT);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void recordTarget(Indicator indicator, int year, Long oldValue, Long newValue) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry "
                + "(changed_at, actor, channel, subject, indicator, year, old_value, new_value) "
                + "VALUES (?, ?, ?, 'TARGET', ?, ?, ?, ?)")) {
            insert.setTimestamp(1, changedAt);
            insert.setString(2, actor);
            insert.setString(3, channel);
            insert.setString(4, indicator.name());
            insert.setInt(5, year);
            setNullable(insert, 6, oldValue, Types.BIGINT);
            setNullable(insert, 7, newValue, Types.BIGINT);
            insert.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Number value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value, sqlType);
        }
    }
}
