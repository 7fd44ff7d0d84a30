package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.AuditTrails;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.problem.ConflictException;

/**
 * Stores and removes counts with their audit entries, in bulk, on the caller's transaction.
 *
 * <p>Plain JDBC batches rather than entities: an import of 19,200 rows must finish in seconds,
 * and it needs the old value of every row for the audit trail anyway. One write reads the
 * stored counts of the years it touches once, then inserts, updates and audits in batches.
 */
@ApplicationScoped
public class CountWriter {

    private final DataSource dataSource;
    private final AuditTrails auditTrails;

    CountWriter(DataSource dataSource, AuditTrails auditTrails) {
        this.dataSource = dataSource;
        this.auditTrails = auditTrails;
    }

    /** A count as stored: its row id and version make its ETag. */
    public record StoredCount(long id, long amount, int version) {

        public String etag() {
            return "\"" + id + "." + version + "\"";
        }
    }

    /** One count to store; {@code source} says where it came from in messages (item index, CSV line). */
    public record CountWrite(CountKey key, long count, String source) {
    }

    /** Runs {@code work} holding the audit write lock, on the transaction's connection. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T locked(String actor, String channel, LockedWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new Session(connection, auditTrails.begin(connection, actor, channel)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write counts", e);
        }
    }

    @FunctionalInterface
    public interface LockedWork<T> {
        T run(Session session) throws SQLException;
    }

    /** The writes one locked transaction can do. */
    public static final class Session {

        private final Connection connection;
        private final AuditTrail audit;

        private Session(Connection connection, AuditTrail audit) {
            this.connection = connection;
            this.audit = audit;
        }

        public AuditTrail audit() {
            return audit;
        }

        public Optional<StoredCount> find(CountKey key) throws SQLException {
            return Optional.ofNullable(storedIn(List.of(key.year())).get(key));
        }

        /**
         * Stores every write, or throws {@link ConflictException} naming each one that would mix
         * week counts and a month total in one month (with what is stored, or within the writes).
         */
        public WriteSummary write(List<CountWrite> writes) throws SQLException {
            Map<CountKey, StoredCount> stored = storedIn(writes.stream().map(w -> w.key().year()).distinct().toList());
            rejectMixedGranularity(writes, stored);

            List<CountWrite> inserts = new ArrayList<>();
            Map<Long, Long> updates = new LinkedHashMap<>(); // row id -> new count
            List<AuditTrail.CountChange> changes = new ArrayList<>();
            int unchanged = 0;
            for (CountWrite write : writes) {
                StoredCount current = stored.get(write.key());
                if (current == null) {
                    inserts.add(write);
                    changes.add(change(write.key(), null, write.count()));
                } else if (current.amount() != write.count()) {
                    updates.put(current.id(), write.count());
                    changes.add(change(write.key(), current.amount(), write.count()));
                } else {
                    unchanged++;
                }
            }
            insert(inserts);
            update(updates);
            audit.recordCounts(changes);
            return new WriteSummary(inserts.size(), updates.size(), unchanged);
        }

        /** Removes a stored count and records it; false when there was none. */
        public boolean delete(CountKey key) throws SQLException {
            Optional<StoredCount> current = find(key);
            if (current.isEmpty()) {
                return false;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM reported_count WHERE id = ?")) {
                delete.setLong(1, current.get().id());
                delete.executeUpdate();
            }
            audit.recordCounts(List.of(change(key, current.get().amount(), null)));
            return true;
        }

        private Map<CountKey, StoredCount> storedIn(List<Integer> years) throws SQLException {
            Map<CountKey, StoredCount> stored = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, category, year, month, week, amount, version FROM reported_count WHERE year = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("integer", years.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Integer week = rows.getObject(5, Integer.class);
                        stored.put(new CountKey(Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4), week),
                                new StoredCount(rows.getLong(1), rows.getLong(6), rows.getInt(7)));
                    }
                }
            }
            return stored;
        }

        private static void rejectMixedGranularity(List<CountWrite> writes, Map<CountKey, StoredCount> stored) {
            Map<CountKey, TreeSet<Integer>> storedWeeks = new HashMap<>(); // per month; 0 stands for the month total
            stored.keySet().forEach(key -> storedWeeks.computeIfAbsent(key.monthKey(), k -> new TreeSet<>())
                    .add(key.isMonthTotal() ? 0 : key.week()));
            Map<CountKey, String> firstWeekWrite = new HashMap<>();
            Map<CountKey, String> firstMonthTotalWrite = new HashMap<>();
            Map<String, String> conflicts = new LinkedHashMap<>();
            for (CountWrite write : writes) {
                CountKey month = write.key().monthKey();
                TreeSet<Integer> periods = storedWeeks.getOrDefault(month, new TreeSet<>());
                boolean monthTotal = write.key().isMonthTotal();
                String otherInBatch = (monthTotal ? firstWeekWrite : firstMonthTotalWrite).get(month);
                if (monthTotal ? periods.stream().anyMatch(p -> p > 0) : periods.contains(0)) {
                    conflicts.putIfAbsent(write.source(), write.key().describe() + " cannot be stored: "
                            + month.describe().replace(" month total", "") + " already holds " + describePeriods(periods));
                } else if (otherInBatch != null) {
                    conflicts.putIfAbsent(write.source(), write.key().describe() + " cannot be stored together with "
                            + (monthTotal ? "week counts" : "a month total") + " of the same month (" + otherInBatch + ")");
                } else {
                    (monthTotal ? firstMonthTotalWrite : firstWeekWrite).putIfAbsent(month, write.source());
                }
            }
            if (!conflicts.isEmpty()) {
                List<Map<String, String>> errors = conflicts.entrySet().stream()
                        .map(e -> Map.of("item", e.getKey(), "message", e.getValue())).toList();
                throw new ConflictException(conflicts.size() == 1 ? conflicts.values().iterator().next()
                        : conflicts.size() + " counts would mix week counts and a month total in one month; nothing was stored",
                        errors);
            }
        }

        private static String describePeriods(TreeSet<Integer> periods) {
            return periods.contains(0) ? "a month total"
                    : "week counts (weeks " + String.join(", ", periods.stream().map(String::valueOf).toList()) + ")";
        }

        private void insert(List<CountWrite> inserts) throws SQLException {
            if (inserts.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reported_count "
                    + "(id, category, year, month, week, amount) VALUES (nextval('reported_count_seq'), ?, ?, ?, ?, ?)")) {
                for (CountWrite write : inserts) {
                    insert.setString(1, write.key().category().name());
                    insert.setInt(2, write.key().year());
                    insert.setInt(3, write.key().month());
                    if (write.key().week() == null) {
                        insert.setNull(4, Types.INTEGER);
                    } else {
                        insert.setInt(4, write.key().week());
                    }
                    insert.setLong(5, write.count());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private void update(Map<Long, Long> updates) throws SQLException {
            if (updates.isEmpty()) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE reported_count SET amount = ?, version = version + 1 WHERE id = ?")) {
                for (Map.Entry<Long, Long> row : updates.entrySet()) {
                    update.setLong(1, row.getValue());
                    update.setLong(2, row.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }

    private static AuditTrail.CountChange change(CountKey key, Long oldValue, Long newValue) {
        return new AuditTrail.CountChange(key.category(), key.year(), key.month(), key.week(), oldValue, newValue);
    }
}
