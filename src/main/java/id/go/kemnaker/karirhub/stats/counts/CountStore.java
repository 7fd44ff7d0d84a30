package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.database.CopyRows;
import id.go.kemnaker.karirhub.stats.figures.RegionalSums;

/**
 * The counts as stored, on one transaction's connection: what some months hold, new rows in one
 * COPY ({@link CopyRows}), changed rows in one statement over arrays, a row removed, the regional
 * sums of changed months recomputed ({@link RegionalSums}), and where a breakdown now exceeds its
 * parent. It judges nothing: {@link CountRules} does, {@link CountWriter} puts the two together.
 *
 * <p>Plain JDBC rather than entities: an import of a regency year (98,688 rows) must finish in a
 * few seconds, and it needs the old value of every row for the audit trail anyway.
 */
final class CountStore {

    /** A count as stored: its row id and version make its ETag. */
    record StoredCount(long id, long amount, int version) {

        String etag() {
            return "\"" + id + "." + version + "\"";
        }
    }

    /** What is stored in some months: the counts by cell, and the periods of each month ({@link Cell#wholeMonth()}). */
    record StoredMonths(Map<Cell, StoredCount> counts, Map<Cell, StoredPeriods> periods) {
    }

    /**
     * A parent (a province, or the nation: null) whose stored count is below what the regions under
     * it add up to in a period ({@code cell}: the national cell of the period; a month when its week
     * is null).
     */
    record Excess(String parent, Cell cell, long parentCount, long childrenSum, int reporting) {
    }

    private final Connection connection;

    CountStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * What is stored in the months of these cells (each in its region, or nationally): every
     * count, by cell, and per month ({@link Cell#wholeMonth()}) the periods it holds. One read for
     * both: the months' rows come through reported_count_month_kind_idx.
     */
    StoredMonths months(Collection<Cell> cells) throws SQLException {
        Map<Cell, StoredCount> counts = Cell.hashMap(cells.size());
        Map<Cell, StoredPeriods> periods = Cell.hashMap(cells.size());
        if (cells.isEmpty()) {
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
            bindCells(select, 1, cells.stream().map(Cell::wholeMonth).distinct().toList());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Integer week = rows.getObject(5, Integer.class);
                    Cell cell = new Cell(Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4), week,
                            rows.getString(8));
                    counts.put(cell, new StoredCount(rows.getLong(1), rows.getLong(6), rows.getInt(7)));
                    periods.merge(cell.wholeMonth(), StoredPeriods.of(week), StoredPeriods::and);
                }
            }
        }
        return new StoredMonths(counts, periods);
    }

    Optional<StoredCount> find(Cell cell) throws SQLException {
        return Optional.ofNullable(months(List.of(cell)).counts().get(cell));
    }

    /**
     * All the new rows in one COPY, in the order given ({@link CountWriter} gives them in
     * {@link Cell#KEY_ORDER}): one statement, so the database checks the one-granularity rule
     * once per write rather than once per row (see {@code V10__counts_by_region.sql}); ids come
     * from the column's default.
     */
    void insert(List<CellWrite> inserts) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (CopyRows copy = CopyRows.into(connection, "reported_count (year, category, month, week, region_code, amount)")) {
            for (CellWrite write : inserts) {
                Cell cell = write.cell();
                copy.number(cell.year()).text(cell.category().name()).number(cell.month()).number(cell.week())
                        .text(cell.region()).number(write.count()).endRow();
            }
            copy.finish();
        }
    }

    /** New counts of stored rows, by row id; each row moves to its next version. */
    void update(Map<Long, Long> counts) throws SQLException {
        updateAmounts(connection, "reported_count", counts);
    }

    void delete(StoredCount row) throws SQLException {
        deleteRow(connection, "reported_count", row);
    }

    /** New amounts of rows of {@code table} (reported_count or count_breakdown), by id, in one statement; each row's version moves on. */
    static void updateAmounts(Connection connection, String table, Map<Long, Long> counts) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " AS r SET amount = u.amount, "
                + "version = r.version + 1 FROM unnest(?::bigint[], ?::bigint[]) AS u (id, amount) WHERE r.id = u.id")) {
            update.setArray(1, connection.createArrayOf("bigint", counts.keySet().toArray()));
            update.setArray(2, connection.createArrayOf("bigint", counts.values().toArray()));
            update.executeUpdate();
        }
    }

    static void deleteRow(Connection connection, String table, StoredCount row) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            delete.setLong(1, row.id());
            delete.executeUpdate();
        }
    }

    /** Fresh planner statistics of the counts, after a large insert the statements that follow would otherwise misjudge. */
    void analyze() throws SQLException {
        try (PreparedStatement analyze = connection.prepareStatement("ANALYZE reported_count")) {
            analyze.execute();
        }
    }

    /**
     * Recomputes {@code regional_sum} for these months (of any region, any week) from the counts
     * now stored: the current rows of those months are closed and the new ones opened at
     * {@code version}, the first audit entry of this write, so that figures as of an earlier
     * moment still find the sums of their time.
     */
    void refreshRegionalSums(List<Cell> months, long version) throws SQLException {
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
            bindCells(replace, 1, months); // sums this transaction computed before are replaced, not versioned
            replace.setLong(6, version);
            replace.executeUpdate();
            close.setLong(1, version);
            bindCells(close, 2, months);
            close.executeUpdate();
            insert.setLong(1, version);
            bindCells(insert, 2, months);
            insert.executeUpdate();
        }
    }

    /**
     * Every parent (a province, or the nation) whose stored count is below what its regions add
     * up to in these months: a week against the children that have that week, a month total
     * against every child's month, and a parent's four weeks against the children's month totals.
     */
    List<Excess> excesses(List<Cell> months) throws SQLException {
        List<Excess> excesses = new ArrayList<>();
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
            bindCells(select, 1, months);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    excesses.add(new Excess(rows.getString(1), Cell.national(Category.valueOf(rows.getString(2)), rows.getInt(3),
                            rows.getInt(4), rows.getObject(5, Integer.class)), rows.getLong(6), rows.getLong(7), rows.getInt(8)));
                }
            }
        }
        return excesses;
    }

    /** Binds five arrays (year, category, month, week or 0, region or '') from {@code index} on. */
    private void bindCells(PreparedStatement statement, int index, List<Cell> cells) throws SQLException {
        statement.setArray(index, connection.createArrayOf("integer", cells.stream().map(Cell::year).toArray()));
        statement.setArray(index + 1, connection.createArrayOf("text", cells.stream().map(c -> c.category().name()).toArray()));
        statement.setArray(index + 2, connection.createArrayOf("integer", cells.stream().map(Cell::month).toArray()));
        statement.setArray(index + 3, connection.createArrayOf("integer",
                cells.stream().map(c -> c.week() == null ? 0 : c.week()).toArray()));
        statement.setArray(index + 4, connection.createArrayOf("text",
                cells.stream().map(c -> c.region() == null ? "" : c.region()).toArray()));
    }
}
