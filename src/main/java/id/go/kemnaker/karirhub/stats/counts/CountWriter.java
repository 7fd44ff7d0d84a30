package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import id.go.kemnaker.karirhub.stats.database.CopyRows;
import id.go.kemnaker.karirhub.stats.problem.ConflictException;
import id.go.kemnaker.karirhub.stats.problem.UnprocessableCountsException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionEntry;
import id.go.kemnaker.karirhub.stats.statistics.RegionalSums;

/**
 * Stores and removes counts with their audit entries, in bulk, on the caller's transaction.
 *
 * <p>Plain JDBC rather than entities: an import of a regency year (98,688 rows) must finish in a
 * few seconds, and it needs the old value of every row for the audit trail anyway. One write
 * reads what is stored in the months it touches once, then inserts the new rows with one COPY
 * ({@link CopyRows}), updates the changed ones with one statement over arrays, records the audit
 * entries (written with one COPY at commit), and refreshes the regional sums ({@link RegionalSums})
 * of the periods it changed, in the same transaction, before it checks that no breakdown exceeds
 * its parent.
 */
@ApplicationScoped
public class CountWriter {

    private final DataSource dataSource;
    private final AuditTrails auditTrails;
    private final RegionDirectory regions;

    CountWriter(DataSource dataSource, AuditTrails auditTrails, RegionDirectory regions) {
        this.dataSource = dataSource;
        this.auditTrails = auditTrails;
        this.regions = regions;
    }

    /** A count as stored: its row id and version make its ETag. */
    public record StoredCount(long id, long amount, int version) {

        public String etag() {
            return "\"" + id + "." + version + "\"";
        }
    }

    /** What is stored in some months: the counts by key, and the periods (0: month total, 1-4: weeks) of each month. */
    private record StoredMonths(Map<CountKey, StoredCount> counts, Map<CountKey, TreeSet<Integer>> periods) {
    }

    /** One count to store; {@code source} says where it came from in messages (item index, CSV line). */
    public record CountWrite(CountKey key, long count, String source) {
    }

    /** Runs {@code work} holding the audit write lock, on the transaction's connection. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T locked(String actor, String channel, LockedWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new Session(connection, auditTrails.begin(connection, actor, channel), regions));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write counts", e);
        }
    }

    @FunctionalInterface
    public interface LockedWork<T> {
        T run(Session session) throws SQLException;
    }

    /** From how many new rows on a write refreshes the planner's statistics of the counts before it reads them again. */
    static final int FRESH_STATISTICS_AT = 10_000;

    /** The writes one locked transaction can do. */
    public static final class Session {

        private final Connection connection;
        private final AuditTrail audit;
        private final RegionDirectory regions;

        private Session(Connection connection, AuditTrail audit, RegionDirectory regions) {
            this.connection = connection;
            this.audit = audit;
            this.regions = regions;
        }

        public AuditTrail audit() {
            return audit;
        }

        public Optional<StoredCount> find(CountKey key) throws SQLException {
            return Optional.ofNullable(storedIn(List.of(key)).counts().get(key));
        }

        /**
         * Stores every write, or stores nothing and throws: {@link UnprocessableCountsException}
         * naming each write for a region that did not exist in its period, {@link ConflictException}
         * naming each write that would mix week counts and a month total in one month (with what is
         * stored, or within the writes), {@link BreakdownAboveParentException} (a conflict too)
         * naming each write that would make a breakdown exceed its parent.
         */
        public WriteSummary write(List<CountWrite> writes) throws SQLException {
            rejectRegionsOutsideValidity(writes);
            StoredMonths stored = storedIn(writes.stream().map(CountWrite::key).toList());
            rejectMixedGranularity(writes, stored.periods());

            List<CountWrite> inserts = new ArrayList<>();
            Map<Long, Long> updates = new LinkedHashMap<>(); // row id -> new count
            List<AuditTrail.CountChange> changes = new ArrayList<>();
            int unchanged = 0;
            for (CountWrite write : writes) {
                StoredCount current = stored.counts().get(write.key());
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
            if (inserts.size() >= FRESH_STATISTICS_AT) {
                // The planner's statistics still describe the table before this insert (on a new database, a
                // few hundred rows); the statements below would be planned as if the new rows were not there.
                try (PreparedStatement analyze = connection.prepareStatement("ANALYZE reported_count")) {
                    analyze.execute();
                }
            }
            long firstEntry = audit.recordCounts(changes);
            List<CountKey> changedRegional = changes.isEmpty() ? List.of() : writes.stream()
                    .filter(write -> !write.key().isNational()).map(write -> write.key().monthKey().periodKey()).distinct().toList();
            refreshRegionalSums(changedRegional, firstEntry);
            if (!changes.isEmpty()) { // what is stored already keeps every breakdown within its parent
                rejectBreakdownsAboveParent(writes);
            }
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
            long firstEntry = audit.recordCounts(List.of(change(key, current.get().amount(), null)));
            if (!key.isNational()) {
                refreshRegionalSums(List.of(key.monthKey().periodKey()), firstEntry);
            }
            return true;
        }

        /**
         * What is stored in the months of these keys (each in its region, or nationally): every
         * count, by key, and per month ({@link CountKey#monthKey()}) the periods it holds, 0 for a
         * month total and 1-4 for weeks (a month is reported at one granularity). One read for
         * both: the months' rows come through reported_count_month_kind_idx.
         */
        private StoredMonths storedIn(List<CountKey> keys) throws SQLException {
            Map<CountKey, StoredCount> counts = new HashMap<>();
            Map<CountKey, TreeSet<Integer>> periods = new HashMap<>();
            if (keys.isEmpty()) {
                return new StoredMonths(counts, periods);
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT r.id, r.category, r.year, r.month, r.week, r.amount, r.version, r.region_code
                      FROM reported_count AS r
                      JOIN (SELECT DISTINCT * FROM unnest(?::integer[], ?::text[], ?::integer[], ?::integer[], ?::text[])
                                AS k (year, category, month, week, region)) AS k
                        ON r.year = k.year AND r.category = k.category AND r.month = k.month
                       AND coalesce(r.region_code, '') = k.region
                    """)) {
                bindKeys(select, 1, keys.stream().map(CountKey::monthKey).distinct().toList());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Integer week = rows.getObject(5, Integer.class);
                        CountKey key = new CountKey(Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4), week,
                                rows.getString(8));
                        counts.put(key, new StoredCount(rows.getLong(1), rows.getLong(6), rows.getInt(7)));
                        periods.computeIfAbsent(key.monthKey(), k -> new TreeSet<>()).add(week == null ? 0 : week);
                    }
                }
            }
            return new StoredMonths(counts, periods);
        }

        /** Binds five arrays (year, category, month, week or 0, region or '') from {@code index} on. */
        private void bindKeys(PreparedStatement statement, int index, List<CountKey> keys) throws SQLException {
            statement.setArray(index, connection.createArrayOf("integer", keys.stream().map(CountKey::year).toArray()));
            statement.setArray(index + 1, connection.createArrayOf("text", keys.stream().map(k -> k.category().name()).toArray()));
            statement.setArray(index + 2, connection.createArrayOf("integer", keys.stream().map(CountKey::month).toArray()));
            statement.setArray(index + 3, connection.createArrayOf("integer",
                    keys.stream().map(k -> k.week() == null ? 0 : k.week()).toArray()));
            statement.setArray(index + 4, connection.createArrayOf("text",
                    keys.stream().map(k -> k.region() == null ? "" : k.region()).toArray()));
        }

        private void rejectRegionsOutsideValidity(List<CountWrite> writes) {
            Map<String, String> invalid = new LinkedHashMap<>();
            for (CountWrite write : writes) {
                CountKey key = write.key();
                if (key.isNational()) {
                    continue;
                }
                RegionEntry region = regions.find(key.region()).orElse(null);
                if (region == null) {
                    invalid.putIfAbsent(write.source(), "region " + key.region() + " is not a Kemendagri region code; "
                            + "see GET /api/v1/regions");
                } else if (!region.validDuring(key.period().start(), key.period().end())) {
                    invalid.putIfAbsent(write.source(), region.label() + " did not exist in " + key.period().id() + " ("
                            + region.validity() + "); " + key.describe() + " cannot be stored"
                            + (region.replacedBy() != null ? "; use " + region.replacedBy() + " after " + region.validTo() : ""));
                }
            }
            if (!invalid.isEmpty()) {
                List<Map<String, String>> errors = invalid.entrySet().stream()
                        .map(e -> Map.of("item", e.getKey(), "message", e.getValue())).toList();
                throw new UnprocessableCountsException(invalid.size() == 1 ? invalid.values().iterator().next()
                        : invalid.size() + " counts are for a region that did not exist in their period; nothing was stored",
                        errors);
            }
        }

        /**
         * Recomputes {@code regional_sum} for these months (of any region, any week) from the counts
         * now stored: the current rows of those months are closed and the new ones opened at
         * {@code version}, the first audit entry of this write, so that figures as of an earlier
         * moment still find the sums of their time.
         */
        private void refreshRegionalSums(List<CountKey> months, long version) throws SQLException {
            if (months.isEmpty()) {
                return;
            }
            String keys = "(SELECT DISTINCT k.year, k.category, k.month "
                    + "FROM unnest(?::integer[], ?::text[], ?::integer[], ?::integer[], ?::text[]) AS k (year, category, month, week, region))";
            try (PreparedStatement replace = connection.prepareStatement("DELETE FROM regional_sum AS s USING " + keys
                    + " AS k WHERE s.from_entry = ? AND s.year = k.year AND s.category = k.category AND s.month = k.month");
                    PreparedStatement close = connection.prepareStatement("UPDATE regional_sum AS s SET to_entry = ? FROM " + keys
                    + " AS k WHERE s.to_entry IS NULL AND s.year = k.year AND s.category = k.category AND s.month = k.month");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO regional_sum "
                            + "(parent_code, category, year, month, week, amount, reporting, expected, partial, month_totals, from_entry) "
                            + "SELECT sums.*, ? FROM (WITH counts AS (SELECT r.region_code, r.category, r.year, r.month, r.week, r.amount "
                            + "FROM reported_count AS r JOIN " + keys + " AS k ON r.category = k.category AND r.year = k.year "
                            + "AND r.month = k.month WHERE r.region_code IS NOT NULL), "
                            + RegionalSums.FROM_COUNTS + ") AS sums")) {
                bindKeys(replace, 1, months); // sums this transaction computed before are replaced, not versioned
                replace.setLong(6, version);
                replace.executeUpdate();
                close.setLong(1, version);
                bindKeys(close, 2, months);
                close.executeUpdate();
                insert.setLong(1, version);
                bindKeys(insert, 2, months);
                insert.executeUpdate();
            }
        }

        /**
         * 409 naming each parent (a province, or the nation) whose stored count is below what its
         * regions add up to in a month these writes touched, with both figures and the writes
         * involved: a week against the children that have that week, a month total against every
         * child's month, and a parent's four weeks against the children's month totals.
         */
        private void rejectBreakdownsAboveParent(List<CountWrite> writes) throws SQLException {
            List<CountKey> months = writes.stream().map(write -> write.key().monthKey().periodKey()).distinct().toList();
            Map<String, String> conflicts = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    WITH k AS (
                        SELECT DISTINCT k.year, k.category, k.month
                          FROM unnest(?::integer[], ?::text[], ?::integer[], ?::integer[], ?::text[]) AS k (year, category, month, week, region)
                    ), s AS (
                        SELECT s.* FROM regional_sum AS s JOIN k ON s.year = k.year AND s.category = k.category AND s.month = k.month
                         WHERE s.to_entry IS NULL
                    )
                    SELECT s.parent_code, s.category, s.year, s.month, s.week, p.amount, s.amount, s.reporting
                      FROM s JOIN LATERAL (
                            -- the parent's stored count (national, or the province's), one branch per unique
                            -- index so that each is a single index probe whatever the table's statistics say
                            SELECT n.amount FROM reported_count AS n
                             WHERE s.parent_code IS NULL AND n.region_code IS NULL AND n.category = s.category
                               AND n.year = s.year AND n.month = s.month AND n.week = s.week
                            UNION ALL
                            SELECT n.amount FROM reported_count AS n
                             WHERE s.parent_code IS NULL AND s.week IS NULL AND n.region_code IS NULL
                               AND n.category = s.category AND n.year = s.year AND n.month = s.month AND n.week IS NULL
                            UNION ALL
                            SELECT r.amount FROM reported_count AS r
                             WHERE r.region_code = s.parent_code AND r.year = s.year AND r.category = s.category
                               AND r.month = s.month AND r.week = s.week
                            UNION ALL
                            SELECT r.amount FROM reported_count AS r
                             WHERE s.week IS NULL AND r.region_code = s.parent_code AND r.year = s.year
                               AND r.category = s.category AND r.month = s.month AND r.week IS NULL) AS p ON true
                     WHERE s.amount > p.amount
                    UNION ALL
                    SELECT s.parent_code, s.category, s.year, s.month, s.week, sum(p.amount), s.amount, s.reporting
                      FROM s JOIN LATERAL (
                            -- a parent's four weeks against its children's months, where some gave a month total
                            SELECT n.amount FROM reported_count AS n
                             WHERE s.parent_code IS NULL AND n.region_code IS NULL AND n.category = s.category
                               AND n.year = s.year AND n.month = s.month AND n.week IS NOT NULL
                            UNION ALL
                            SELECT r.amount FROM reported_count AS r
                             WHERE r.region_code = s.parent_code AND r.year = s.year AND r.category = s.category
                               AND r.month = s.month AND r.week IS NOT NULL) AS p ON true
                     WHERE s.week IS NULL AND s.month_totals > 0
                     GROUP BY s.parent_code, s.category, s.year, s.month, s.week, s.amount, s.reporting
                    HAVING count(*) = 4 AND s.amount > sum(p.amount)
                     ORDER BY 3, 4, 2, 5 NULLS FIRST, 1 NULLS FIRST
                    """)) {
                bindKeys(select, 1, months);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String parent = rows.getString(1);
                        CountKey sumKey = new CountKey(Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4),
                                rows.getObject(5, Integer.class));
                        String period = sumKey.isMonthTotal() ? sumKey.describe().replace(" month total", " (the whole month)")
                                : sumKey.describe();
                        String message = "the " + (parent == null ? "provinces" : "regencies of " + parent) + " add up to "
                                + rows.getLong(7) + " (" + rows.getInt(8) + " reporting) for " + period
                                + ", more than the " + (parent == null ? "national count " : "count of " + parent + " ")
                                + rows.getLong(6) + "; a breakdown may be less than its parent (the rest is unallocated), never more";
                        for (CountWrite write : writes) {
                            boolean samePeriod = sumKey.isMonthTotal() ? write.key().monthKey().periodKey().equals(sumKey)
                                    : write.key().periodKey().equals(sumKey) || write.key().isMonthTotal()
                                            && write.key().monthKey().periodKey().equals(sumKey.monthKey());
                            if (samePeriod && involves(write.key(), parent)) {
                                conflicts.putIfAbsent(write.source(), message);
                            }
                        }
                    }
                }
            }
            if (!conflicts.isEmpty()) {
                List<Map<String, String>> errors = conflicts.entrySet().stream()
                        .map(e -> Map.of("item", e.getKey(), "message", e.getValue())).toList();
                throw new BreakdownAboveParentException(conflicts.size() == 1 ? conflicts.values().iterator().next()
                        : conflicts.size() + " counts would make a breakdown exceed its parent; nothing was stored", errors);
            }
        }

        /** Whether a write at {@code key} is part of the comparison of {@code parent} (null: the nation) with its children. */
        private static boolean involves(CountKey key, String parent) {
            if (parent == null) {
                return key.region() == null || key.region().length() == 2 || key.region().length() == 5;
            }
            return parent.equals(key.region()) || (key.region() != null && key.region().startsWith(parent + "."));
        }

        private static void rejectMixedGranularity(List<CountWrite> writes, Map<CountKey, TreeSet<Integer>> storedWeeks) {
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

        /**
         * All the new rows in one COPY: one statement, so the database checks the one-granularity
         * rule once per write rather than once per row (see {@code V10__counts_by_region.sql}); ids
         * come from the column's default.
         */
        private void insert(List<CountWrite> inserts) throws SQLException {
            if (inserts.isEmpty()) {
                return;
            }
            try (CopyRows copy = CopyRows.into(connection, "reported_count (year, category, month, week, region_code, amount)")) {
                for (CountWrite write : inserts) {
                    CountKey key = write.key();
                    copy.number(key.year()).text(key.category().name()).number(key.month()).number(key.week())
                            .text(key.region()).number(write.count()).endRow();
                }
                copy.finish();
            }
        }

        private void update(Map<Long, Long> updates) throws SQLException {
            if (updates.isEmpty()) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE reported_count AS r SET amount = u.amount, version = r.version + 1
                      FROM unnest(?::bigint[], ?::bigint[]) AS u (id, amount)
                     WHERE r.id = u.id
                    """)) {
                update.setArray(1, connection.createArrayOf("bigint", updates.keySet().toArray()));
                update.setArray(2, connection.createArrayOf("bigint", updates.values().toArray()));
                update.executeUpdate();
            }
        }
    }

    private static AuditTrail.CountChange change(CountKey key, Long oldValue, Long newValue) {
        return new AuditTrail.CountChange(key.category(), key.year(), key.month(), key.week(), key.region(), oldValue, newValue);
    }
}
