package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.database.CopyRows;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.figures.RegionalSums;

/**
 * The parts of counts along dimensions as stored (table {@code count_breakdown}, see
 * {@code V14__count_breakdowns.sql}), on one transaction's connection: what some months hold, new
 * rows in one COPY, changed rows in one statement, a row removed, and where parts now add up to
 * more than their whole. Like {@link CountStore} it judges nothing; {@link CountRules} does.
 */
final class BreakdownStore {

    /**
     * Parts along {@code over} that add up to more than their whole in one period: {@code whole} is
     * the cell they are parts of (a count of the whole category, or a part along the other dimension),
     * {@code parts} how many of them are stored; {@code wholeMonth} when the month is compared because
     * one side gave weeks and the other a month total (the whole's week is then null).
     */
    record Excess(Dimension over, Cell whole, long wholeCount, long partsSum, int parts, boolean wholeMonth) {
    }

    private static final String KEYS = """
            (SELECT DISTINCT * FROM unnest(?::integer[], ?::text[], ?::integer[], ?::text[]) AS k (year, category, month, region))""";

    private final Connection connection;

    BreakdownStore(Connection connection) {
        this.connection = connection;
    }

    /** What is stored in the months of these cells (each in its region and breakdown), as {@link CountStore#months} answers. */
    CountStore.StoredMonths months(Collection<Cell> cells) throws SQLException {
        Map<Cell, CountStore.StoredCount> counts = Cell.hashMap(cells.size());
        Map<Cell, StoredPeriods> periods = Cell.hashMap(cells.size());
        if (cells.isEmpty()) {
            return new CountStore.StoredMonths(counts, periods);
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT b.id, b.category, b.year, b.month, b.week, b.amount, b.version, b.region_code,
                       b.sex, b.age_group, b.education, b.occupation
                  FROM count_breakdown AS b JOIN %s AS k
                    ON b.year = k.year AND b.category = k.category AND coalesce(b.region_code, '') = k.region AND b.month = k.month
                """.formatted(KEYS))) {
            bindMonths(select, 1, cells);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Integer week = rows.getObject(5, Integer.class);
                    Cell cell = new Cell(Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4), week, rows.getString(8),
                            breakdown(rows, 9));
                    counts.put(cell, new CountStore.StoredCount(rows.getLong(1), rows.getLong(6), rows.getInt(7)));
                    periods.merge(cell.wholeMonth(), StoredPeriods.of(week), StoredPeriods::and);
                }
            }
        }
        return new CountStore.StoredMonths(counts, periods);
    }

    /**
     * New rows in one COPY, in the order given: {@link CountWriter} gives them in
     * {@link Cell#KEY_ORDER}, the order of the key index. Their ids come from the column's default.
     */
    void insert(List<CellWrite> inserts) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (CopyRows copy = CopyRows.into(connection,
                "count_breakdown (year, category, month, week, region_code, sex, age_group, education, occupation, amount)")) {
            for (CellWrite write : inserts) {
                Cell cell = write.cell();
                Breakdown part = cell.breakdown();
                copy.number(cell.year()).text(cell.category().name()).number(cell.month()).number(cell.week()).text(cell.region())
                        .text(part.sex()).text(part.ageGroup()).text(part.education()).text(part.occupation())
                        .number(write.count()).endRow();
            }
            copy.finish();
        }
    }

    /** New counts of stored rows, by row id; each row moves to its next version. */
    void update(Map<Long, Long> counts) throws SQLException {
        CountStore.updateAmounts(connection, "count_breakdown", counts);
    }

    void delete(CountStore.StoredCount row) throws SQLException {
        CountStore.deleteRow(connection, "count_breakdown", row);
    }

    /**
     * Whether any part is stored in the years and categories of these cells: one probe of the
     * table's key, so that a write of wholes where no parts are (every import before the first
     * file by dimension) does not send its months to {@link #excesses}.
     */
    boolean anyIn(Collection<Cell> cells) throws SQLException {
        if (cells.isEmpty()) {
            return false;
        }
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM count_breakdown WHERE year = ANY (?) AND category = ANY (?))")) {
            exists.setArray(1, connection.createArrayOf("integer", cells.stream().map(Cell::year).distinct().toArray()));
            exists.setArray(2, connection.createArrayOf("text", cells.stream().map(c -> c.category().name()).distinct().toArray()));
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    void analyze() throws SQLException {
        try (PreparedStatement analyze = connection.prepareStatement("ANALYZE count_breakdown")) {
            analyze.execute();
        }
    }

    /**
     * Every set of parts in the months of these cells (each in its region) that adds up to more
     * than its whole: for each dimension a part names, the parts that differ only in that
     * dimension's code, against the cell without it (the count of the whole category, stored in
     * reported_count, or a part along the other dimension). Each period as given is compared with
     * the same period (weeks with the week, month totals with the month total), and where one side
     * gave weeks and the other a month total, the months are compared: a month is its total, or
     * its four weeks added up (with fewer than four it is not known yet, and not compared). A
     * whole not stored is not known, and nothing is compared with it. Nothing is read from
     * reported_count when the months hold no parts at all.
     */
    List<Excess> excesses(Collection<Cell> cells) throws SQLException {
        List<Excess> excesses = new ArrayList<>();
        if (cells.isEmpty()) {
            return excesses;
        }
        String keys = "category, year, month, week, region_code, sex, age_group, education, occupation";
        String sql = """
                WITH k AS %s,
                b AS (
                    SELECT b.* FROM count_breakdown AS b
                      JOIN k ON b.year = k.year AND b.category = k.category AND coalesce(b.region_code, '') = k.region AND b.month = k.month
                ), stored AS (
                    SELECT r.category, r.year, r.month, r.week, r.region_code, r.amount
                      FROM reported_count AS r
                      JOIN k ON r.year = k.year AND r.category = k.category AND r.month = k.month
                           AND coalesce(r.region_code, '') = k.region
                     WHERE EXISTS (SELECT 1 FROM b)
                ), mixed AS (
                    -- months are compared only where weeks and month totals both occur (a one-time filter below)
                    SELECT (EXISTS (SELECT 1 FROM b WHERE week IS NOT NULL) OR EXISTS (SELECT 1 FROM stored WHERE week IS NOT NULL))
                       AND (EXISTS (SELECT 1 FROM b WHERE week IS NULL) OR EXISTS (SELECT 1 FROM stored WHERE week IS NULL)) AS yes
                ), given AS (
                    SELECT 'P' AS level, %s, amount, false AS weekly FROM b
                ), months AS (
                    SELECT 'M' AS level, category, year, month, NULL::integer AS week, region_code, sex, age_group, education,
                           occupation, CASE WHEN bool_or(week IS NULL) OR count(*) = 4 THEN sum(amount) END AS amount,
                           bool_and(week IS NOT NULL) AS weekly
                      FROM b WHERE (SELECT yes FROM mixed) GROUP BY category, year, month, region_code, sex, age_group, education, occupation
                ), parts AS (
                    %s
                    UNION ALL
                    %s
                ), wholes AS (
                    SELECT 'P' AS level, category, year, month, week, region_code, NULL::varchar AS sex, NULL::varchar AS age_group,
                           NULL::varchar AS education, NULL::varchar AS occupation, amount, false AS weekly
                      FROM stored
                    UNION ALL
                    SELECT 'M', category, year, month, NULL, region_code, NULL, NULL, NULL, NULL,
                           CASE WHEN bool_or(week IS NULL) OR count(*) = 4 THEN sum(amount) END, bool_and(week IS NOT NULL)
                      FROM stored WHERE (SELECT yes FROM mixed) GROUP BY category, year, month, region_code
                    UNION ALL
                    SELECT * FROM given
                    UNION ALL
                    SELECT * FROM months
                )
                SELECT p.over, p.category, p.year, p.month, p.week, p.region_code, p.sex, p.age_group, p.education, p.occupation,
                       w.amount, p.amount, p.n, p.level
                  FROM parts AS p
                  JOIN wholes AS w
                    ON w.level = p.level AND w.year = p.year AND w.category = p.category AND w.month = p.month
                   AND coalesce(w.week, 0) = coalesce(p.week, 0)
                   AND coalesce(w.region_code, '') = coalesce(p.region_code, '') AND coalesce(w.sex, '') = coalesce(p.sex, '')
                   AND coalesce(w.age_group, '') = coalesce(p.age_group, '') AND coalesce(w.education, '') = coalesce(p.education, '')
                   AND coalesce(w.occupation, '') = coalesce(p.occupation, '')
                 WHERE p.amount > w.amount
                   AND (p.level = 'P' OR NOT (p.all_weekly AND w.weekly OR NOT p.any_weekly AND NOT w.weekly))
                 ORDER BY p.year, p.month, p.category, p.level DESC, p.week NULLS FIRST, p.region_code NULLS FIRST, p.over,
                          p.sex, p.age_group, p.education, p.occupation
                """.formatted(KEYS, keys, partsOf("given"), partsOf("months"));
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindMonths(select, 1, cells);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Cell whole = new Cell(Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4),
                            rows.getObject(5, Integer.class), rows.getString(6), breakdown(rows, 7));
                    excesses.add(new Excess(Dimension.valueOf(rows.getString(1)), whole, rows.getLong(11), rows.getLong(12),
                            rows.getInt(13), rows.getString(14).equals("M")));
                }
            }
        }
        return excesses;
    }

    /**
     * Recomputes table {@code part_sum} for the months of these cells (every region, every
     * parent) from the parts now stored: the regions' rule of {@link RegionalSums#FROM_COUNTS}
     * over each part on its own (each folded into a category text, {@link RegionalSums#PART_AS_CATEGORY},
     * and split back into its columns), so that a read of a province's or the nation's parts finds
     * its regions' sums instead of adding them up.
     */
    void refreshPartSums(Collection<Cell> cells) throws SQLException {
        List<Cell> months = cells.stream().map(cell -> cell.total().wholeMonth().anyRegion()).distinct().toList();
        if (months.isEmpty()) {
            return;
        }
        String keys = "(SELECT DISTINCT * FROM unnest(?::integer[], ?::text[], ?::integer[]) AS k (year, category, month))";
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM part_sum AS s USING " + keys
                + " AS k WHERE s.year = k.year AND s.category = k.category AND s.month = k.month");
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO part_sum (parent_code, category, sex, age_group, education, occupation, year, month, week, amount,
                                              reporting, expected, partial, month_totals)
                        SELECT s.parent_code, split_part(s.category, '|', 1), nullif(split_part(s.category, '|', 2), ''),
                               nullif(split_part(s.category, '|', 3), ''), nullif(split_part(s.category, '|', 4), ''),
                               nullif(split_part(s.category, '|', 5), ''), s.year, s.month, s.week, s.amount, s.reporting,
                               s.expected, s.partial, s.month_totals
                          FROM (WITH counts AS (
                                    SELECT region_code, %s AS category, year, month, week, amount FROM count_breakdown
                                     WHERE region_code IS NOT NULL AND (year, category, month) IN (SELECT * FROM %s AS k)
                                ),
                                %s) AS s
                        """.formatted(RegionalSums.PART_AS_CATEGORY, keys, RegionalSums.FROM_COUNTS))) {
            bindMonthKeys(delete, 1, months);
            delete.executeUpdate();
            bindMonthKeys(insert, 1, months);
            insert.executeUpdate();
        }
    }

    /**
     * Every parent (a province, or the nation) whose stored part is below what its regions' parts
     * add up to in the months of these cells: the rule of regions ({@link CountStore#excesses}) for
     * each part on its own, the regions' sums being those {@link #refreshPartSums} keeps (a province
     * that stored no part of a month stands for its regencies' added up). A week is compared with
     * the children that have that week, a month total with every child's month. Each excess's cell
     * is the part without a region.
     */
    List<CountStore.Excess> regionalExcesses(Collection<Cell> cells) throws SQLException {
        List<CountStore.Excess> excesses = new ArrayList<>();
        List<Cell> months = cells.stream().map(cell -> cell.total().wholeMonth().anyRegion()).distinct().toList();
        if (months.isEmpty()) {
            return excesses;
        }
        String sql = """
                WITH k AS (
                    SELECT DISTINCT * FROM unnest(?::integer[], ?::text[], ?::integer[]) AS k (year, category, month)
                )
                SELECT s.parent_code, s.category, s.sex, s.age_group, s.education, s.occupation, s.year, s.month, s.week,
                       p.amount, s.amount, s.reporting
                  FROM k
                  JOIN part_sum AS s ON s.year = k.year AND s.category = k.category AND s.month = k.month
                  JOIN count_breakdown AS p
                    ON p.year = s.year AND p.category = s.category AND coalesce(p.region_code, '') = coalesce(s.parent_code, '')
                   AND p.month = s.month AND coalesce(p.week, 0) = coalesce(s.week, 0) AND coalesce(p.sex, '') = coalesce(s.sex, '')
                   AND coalesce(p.age_group, '') = coalesce(s.age_group, '') AND coalesce(p.education, '') = coalesce(s.education, '')
                   AND coalesce(p.occupation, '') = coalesce(s.occupation, '')
                 WHERE s.amount > p.amount
                 ORDER BY s.year, s.month, s.category || '|' || coalesce(s.sex, '') || '|' || coalesce(s.age_group, '') || '|'
                          || coalesce(s.education, '') || '|' || coalesce(s.occupation, ''), s.week NULLS FIRST, s.parent_code NULLS FIRST
                """;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindMonthKeys(select, 1, months);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Cell cell = new Cell(Category.valueOf(rows.getString(2)), rows.getInt(7), rows.getInt(8),
                            rows.getObject(9, Integer.class), null, breakdown(rows, 3));
                    excesses.add(new CountStore.Excess(rows.getString(1), cell, rows.getLong(10), rows.getLong(11), rows.getInt(12)));
                }
            }
        }
        return excesses;
    }

    /** Binds three arrays (year, category, month) of these months, from {@code index} on. */
    private void bindMonthKeys(PreparedStatement statement, int index, List<Cell> months) throws SQLException {
        statement.setArray(index, connection.createArrayOf("integer", months.stream().map(Cell::year).toArray()));
        statement.setArray(index + 1, connection.createArrayOf("text", months.stream().map(c -> c.category().name()).toArray()));
        statement.setArray(index + 2, connection.createArrayOf("integer", months.stream().map(Cell::month).toArray()));
    }

    /**
     * The parts of {@code source} (a relation of periods of parts) added up along each dimension
     * they name, grouped by everything else: one union branch per dimension. A month with a part
     * not known ({@code amount} null: fewer than four weeks) adds up nothing.
     */
    private static String partsOf(String source) {
        List<String> branches = new ArrayList<>();
        for (Dimension over : Dimension.values()) {
            String column = column(over);
            List<String> selected = new ArrayList<>();
            List<String> grouped = new ArrayList<>(List.of("level", "category", "year", "month", "week", "region_code"));
            for (Dimension other : Dimension.values()) {
                selected.add(other == over ? "NULL::varchar AS " + column : column(other));
                if (other != over) {
                    grouped.add(column(other));
                }
            }
            branches.add("SELECT '" + over.name() + "' AS over, level, category, year, month, week, region_code, "
                    + String.join(", ", selected) + ", sum(amount) AS amount, count(*) AS n, bool_or(weekly) AS any_weekly, "
                    + "bool_and(weekly) AS all_weekly FROM "
                    + source + " WHERE " + column + " IS NOT NULL AND amount IS NOT NULL GROUP BY " + String.join(", ", grouped));
        }
        return String.join("\n    UNION ALL\n    ", branches);
    }

    private static String column(Dimension dimension) {
        return switch (dimension) {
            case SEX -> "sex";
            case AGE_GROUP -> "age_group";
            case EDUCATION -> "education";
            case OCCUPATION -> "occupation";
        };
    }

    /** The breakdown of four columns from {@code index} on: sex, age group, education, occupation. */
    private static Breakdown breakdown(ResultSet rows, int index) throws SQLException {
        return new Breakdown(rows.getString(index), rows.getString(index + 1), rows.getString(index + 2), rows.getString(index + 3));
    }

    /** Binds four arrays (year, category, month, region or '') of the cells' months, from {@code index} on. */
    private void bindMonths(PreparedStatement statement, int index, Collection<Cell> cells) throws SQLException {
        List<Cell> months = cells.stream().map(cell -> cell.total().wholeMonth()).distinct().toList();
        statement.setArray(index, connection.createArrayOf("integer", months.stream().map(Cell::year).toArray()));
        statement.setArray(index + 1, connection.createArrayOf("text", months.stream().map(c -> c.category().name()).toArray()));
        statement.setArray(index + 2, connection.createArrayOf("integer", months.stream().map(Cell::month).toArray()));
        statement.setArray(index + 3, connection.createArrayOf("text",
                months.stream().map(c -> c.region() == null ? "" : c.region()).toArray()));
    }
}
