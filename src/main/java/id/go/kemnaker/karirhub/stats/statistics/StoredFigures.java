package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;

/**
 * Reads {@link FigureSnapshot}s: the current figures from the stored tables, or the figures as
 * they stood at an earlier moment, replayed from the audit trail; of the nation or of an
 * {@link Area} of regions, or of both. Each read is one SQL statement, so the data version and the figures
 * come from the same database snapshot.
 *
 * <p>The rows of every statement have one shape: {@code kind} V (the data version the figures
 * reflect), L (as of a moment only: the latest data version), C (a stored count),
 * S (a regional sum, {@link RegionalSums}; {@link RegionalFigures} uses it only for months in which the member itself stored
 * nothing, which the same statement's C rows tell, so the statement does not look for them), T (a target) or R (a realisation entered for a
 * reported indicator), then code, year, month, week, value, the version's time, the region
 * (of a count; the parent of a sum, null for the nation), and for a sum the children reporting,
 * expected and partial, and for a month sum the children that reported a month total.
 */
@ApplicationScoped
public class StoredFigures {

    private static final String VERSION = """
            SELECT 'V' AS kind, NULL AS code, NULL::integer AS year, NULL::integer AS month, NULL::integer AS week,
                   id AS value, changed_at, NULL AS region, NULL::integer AS reporting, NULL::integer AS expected,
                   NULL::integer AS partial, NULL::integer AS month_totals
              FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
            """;

    private static final String TARGETS = """
            UNION ALL
            SELECT 'T', indicator, year, NULL, NULL, target, NULL, NULL, NULL, NULL, NULL, NULL FROM yearly_target WHERE year BETWEEN ? AND ?
            UNION ALL
            SELECT 'R', indicator, year, NULL, NULL, realisation, NULL, NULL, NULL, NULL, NULL, NULL FROM yearly_realisation
             WHERE year BETWEEN ? AND ?
            """;

    /** The current national figures; its {@code ?} are the year bounds, written in by {@link #currentNational}. */
    private static final String CURRENT = VERSION + """
            UNION ALL
            SELECT 'C', category, year, month, week, amount, NULL, NULL, NULL, NULL, NULL, NULL FROM reported_count
             WHERE year BETWEEN ? AND ? AND region_code IS NULL
            UNION ALL
            SELECT 'S', category, year, month, week, amount, NULL, NULL, reporting, expected, partial, month_totals
              FROM regional_sum AS s
             WHERE year BETWEEN ? AND ? AND parent_code IS NULL AND to_entry IS NULL
            """ + TARGETS;

    /**
     * {@link #CURRENT} for these years, with the years written into the text: a statement without
     * parameters, which PostgreSQL plans once per connection (the driver prepares it on the server
     * from its fifth use). With the years as parameters it chose between a generic plan and one per
     * execution by their estimated costs, which are close: on the seed alone it kept the generic
     * plan, with ten regional years loaded it planned every execution again (0.3 ms, more than the
     * statement's 0.2 ms), and the same read answered a third as many requests. The years are
     * whole numbers the caller has checked. {@code bench/facilitated-workers-2021.sql} runs this
     * statement for 2021.
     */
    static String currentNational(int firstYear, int lastYear) {
        if (firstYear != lastYear) {
            return CURRENT.replace("BETWEEN ? AND ?", "BETWEEN " + firstYear + " AND " + lastYear);
        }
        return CURRENT_NATIONAL_OF_YEAR.computeIfAbsent(firstYear,
                year -> CURRENT.replace("BETWEEN ? AND ?", "BETWEEN " + year + " AND " + year));
    }

    /** {@link #currentNational} of one year (the statistics endpoints' read), built once per year asked. */
    private static final Map<Integer, String> CURRENT_NATIONAL_OF_YEAR = new ConcurrentHashMap<>();

    /** The current figures of regions (no targets: those are national). */
    static final String CURRENT_REGIONS = VERSION + """
            UNION ALL
            SELECT 'C', category, year, month, week, amount, NULL, region_code, NULL, NULL, NULL, NULL FROM reported_count
             WHERE year BETWEEN ? AND ? AND region_code = ANY (?)
            UNION ALL
            SELECT 'S', category, year, month, week, amount, NULL, parent_code, reporting, expected, partial, month_totals
              FROM regional_sum AS s
             WHERE year BETWEEN ? AND ? AND parent_code = ANY (?) AND to_entry IS NULL
            """;

    /**
     * The current figures of the nation and of regions together (a breakdown beside its national
     * total): the rows of {@link #CURRENT} and of {@link #CURRENT_REGIONS}.
     */
    static final String CURRENT_NATION_AND_REGIONS = VERSION + """
            UNION ALL
            SELECT 'C', category, year, month, week, amount, NULL, NULL, NULL, NULL, NULL, NULL FROM reported_count
             WHERE year BETWEEN ? AND ? AND region_code IS NULL
            UNION ALL
            SELECT 'C', category, year, month, week, amount, NULL, region_code, NULL, NULL, NULL, NULL FROM reported_count
             WHERE year BETWEEN ? AND ? AND region_code = ANY (?)
            UNION ALL
            SELECT 'S', category, year, month, week, amount, NULL, NULL, reporting, expected, partial, month_totals
              FROM regional_sum AS s
             WHERE year BETWEEN ? AND ? AND parent_code IS NULL AND to_entry IS NULL
            UNION ALL
            SELECT 'S', category, year, month, week, amount, NULL, parent_code, reporting, expected, partial, month_totals
              FROM regional_sum AS s
             WHERE year BETWEEN ? AND ? AND parent_code = ANY (?) AND to_entry IS NULL
            """ + TARGETS;

    /**
     * The figures as of a moment: the version is the last audit entry written at or before it;
     * each count, target and realisation takes the new value of its last entry up to that
     * version, and one whose last entry removed it (new value null) is left out. The regional
     * sums are those valid at that version (regional_sum keeps every version). The first %s
     * narrows the entries replayed, the second the sums read.
     */
    private static final String AS_OF = """
            WITH version AS (
                SELECT id, changed_at FROM audit_entry WHERE changed_at <= ? ORDER BY changed_at DESC, id DESC LIMIT 1
            ), state AS (
                SELECT DISTINCT ON (subject, category, indicator, year, month, week, region_code)
                       subject, coalesce(category, indicator) AS code, year, month, week, region_code, new_value
                  FROM audit_entry
                 WHERE id <= (SELECT id FROM version) AND year BETWEEN ? AND ? AND %s
                 ORDER BY subject, category, indicator, year, month, week, region_code, id DESC
            )
            SELECT 'V' AS kind, NULL AS code, NULL::integer AS year, NULL::integer AS month, NULL::integer AS week,
                   id AS value, changed_at, NULL AS region, NULL::integer AS reporting, NULL::integer AS expected,
                   NULL::integer AS partial, NULL::integer AS month_totals
              FROM version
            UNION ALL
            SELECT 'L', NULL, NULL, NULL, NULL, id, changed_at, NULL, NULL, NULL, NULL, NULL
              FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
            UNION ALL
            SELECT CASE subject WHEN 'COUNT' THEN 'C' WHEN 'TARGET' THEN 'T' ELSE 'R' END, code, year, month, week, new_value,
                   NULL, region_code, NULL, NULL, NULL, NULL
              FROM state WHERE new_value IS NOT NULL
            UNION ALL
            SELECT 'S', category, year, month, week, amount, NULL, parent_code, reporting, expected, partial, month_totals
              FROM regional_sum
             WHERE year BETWEEN ? AND ? AND %s AND from_entry <= (SELECT id FROM version)
               AND (to_entry IS NULL OR to_entry > (SELECT id FROM version))
            """;

    static final String AS_OF_NATIONAL = AS_OF.formatted("region_code IS NULL", "parent_code IS NULL");

    static final String AS_OF_REGIONS = AS_OF.formatted("subject = 'COUNT' AND region_code = ANY (?)", "parent_code = ANY (?)");

    static final String AS_OF_NATION_AND_REGIONS = AS_OF.formatted("(region_code IS NULL OR region_code = ANY (?))",
            "(parent_code IS NULL OR parent_code = ANY (?))");

    /** The sums' condition of every current read, and of every read as of a moment. */
    private static final String CURRENT_SUMS = "AND to_entry IS NULL";
    private static final String SUMS_AS_OF = "AND (to_entry IS NULL OR to_entry > (SELECT id FROM version))";

    /** {@code sql} reading only the month rows of the sums: for answers about months, quarters or years. */
    private static String monthSumsOnly(String sql) {
        String condition = sql.contains(SUMS_AS_OF) ? SUMS_AS_OF : CURRENT_SUMS;
        if (!sql.contains(condition)) {
            throw new IllegalStateException("No sums to narrow in " + sql);
        }
        return sql.replace(condition, condition + " AND week IS NULL");
    }

    private final DataSource dataSource;
    private final RegionDirectory regions;

    StoredFigures(DataSource dataSource, RegionDirectory regions) {
        this.dataSource = dataSource;
        this.regions = regions;
    }

    /** The current national counts, targets and realisations of the years {@code firstYear} to {@code lastYear}. */
    public FigureSnapshot current(int firstYear, int lastYear) {
        return read(null, firstYear, lastYear);
    }

    /** The national figures as of {@code asOf} when given, otherwise the current ones. */
    public FigureSnapshot read(Instant asOf, int firstYear, int lastYear) {
        return read(asOf, firstYear, lastYear, Area.NATIONAL);
    }

    /** The figures of {@code area} (its members added up) as of {@code asOf} when given, otherwise the current ones. */
    public FigureSnapshot read(Instant asOf, int firstYear, int lastYear, Area area) {
        return readRegional(asOf, firstYear, lastYear, area).combined();
    }

    /** What {@code area} stores and sums up, member by member: for answers with a row per region. */
    public RegionalFigures readRegional(Instant asOf, int firstYear, int lastYear, Area area) {
        return readRegional(asOf, firstYear, lastYear, area, false);
    }

    /**
     * {@link #readRegional} at the grain of months: each member's stored counts, and where it
     * stored nothing in a month, the month's sum of the regions below it (complete when every
     * region that existed reported the whole month). Enough for any answer about months, quarters
     * or years, with a quarter of the rows.
     */
    public RegionalFigures readRegionalByMonth(Instant asOf, int firstYear, int lastYear, Area area) {
        return readRegional(asOf, firstYear, lastYear, area, true).byMonth();
    }

    private RegionalFigures readRegional(Instant asOf, int firstYear, int lastYear, Area area, boolean byMonth) {
        if (area.national() && !area.regions().isEmpty()) {
            String sql = asOf == null ? CURRENT_NATION_AND_REGIONS : AS_OF_NATION_AND_REGIONS;
            return readNationAndRegions(byMonth ? monthSumsOnly(sql) : sql, asOf, firstYear, lastYear, area);
        }
        if (asOf == null && area.national()) {
            String sql = currentNational(firstYear, lastYear);
            return read(byMonth ? monthSumsOnly(sql) : sql, null, firstYear, lastYear, area, statement -> { });
        }
        String sql = asOf == null ? CURRENT_REGIONS : (area.national() ? AS_OF_NATIONAL : AS_OF_REGIONS);
        return read(byMonth ? monthSumsOnly(sql) : sql, asOf, firstYear, lastYear, area, statement -> {
            int index = 1;
            if (asOf != null) {
                statement.setTimestamp(index++, Timestamp.from(asOf));
                statement.setInt(index++, firstYear);
                statement.setInt(index++, lastYear);
                if (!area.national()) {
                    statement.setArray(index++, statement.getConnection().createArrayOf("text", area.regions().toArray()));
                }
                statement.setInt(index++, firstYear);
                statement.setInt(index++, lastYear);
                if (!area.national()) {
                    statement.setArray(index, statement.getConnection().createArrayOf("text", area.provinces().toArray()));
                }
                return;
            }
            for (int part = 0; part < 2; part++) {
                statement.setInt(index++, firstYear);
                statement.setInt(index++, lastYear);
                statement.setArray(index++, statement.getConnection().createArrayOf("text",
                        (part == 0 ? area.regions() : area.provinces()).toArray()));
            }
        });
    }

    private RegionalFigures readNationAndRegions(String sql, Instant asOf, int firstYear, int lastYear, Area area) {
        return read(sql, asOf, firstYear, lastYear, area, statement -> {
            Connection connection = statement.getConnection();
            int index = 1;
            if (asOf != null) {
                statement.setTimestamp(index++, Timestamp.from(asOf));
                statement.setInt(index++, firstYear);
                statement.setInt(index++, lastYear);
                statement.setArray(index++, connection.createArrayOf("text", area.regions().toArray()));
                statement.setInt(index++, firstYear);
                statement.setInt(index++, lastYear);
                statement.setArray(index, connection.createArrayOf("text", area.provinces().toArray()));
                return;
            }
            // national counts, regional counts, national sums, sums below the provinces, then targets and realisations
            List<List<String>> codes = Arrays.asList(null, area.regions(), null, area.provinces(), null, null);
            for (List<String> part : codes) {
                statement.setInt(index++, firstYear);
                statement.setInt(index++, lastYear);
                if (part != null) {
                    statement.setArray(index++, connection.createArrayOf("text", part.toArray()));
                }
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs one read statement; as of a moment ({@code asOf} not null), first waits until every
     * write dated by then is visible ({@link AuditTrail#awaitDatedBy}), so the moment's answer
     * never changes afterwards.
     */
    private RegionalFigures read(String sql, Instant asOf, int firstYear, int lastYear, Area area, Binder binder) {
        DataVersion version = DataVersion.NONE;
        DataVersion latest = null;
        List<FigureSnapshot.Count> counts = new ArrayList<>();
        List<RegionalFigures.Sum> sums = new ArrayList<>();
        Map<Indicator, Map<Integer, BigDecimal>> targets = new EnumMap<>(Indicator.class);
        Map<Indicator, Map<Integer, BigDecimal>> realisations = new EnumMap<>(Indicator.class);
        try (Connection connection = dataSource.getConnection()) {
            if (asOf != null) {
                AuditTrail.awaitDatedBy(connection, asOf);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        switch (rows.getString(1)) {
                            case "V" -> version = new DataVersion(rows.getLong(6), rows.getTimestamp(7).toInstant());
                            case "L" -> latest = new DataVersion(rows.getLong(6), rows.getTimestamp(7).toInstant());
                            case "C" -> counts.add(new FigureSnapshot.Count(Category.valueOf(rows.getString(2)), rows.getInt(3),
                                    rows.getInt(4), (Integer) rows.getObject(5), rows.getLong(6), rows.getString(8), true));
                            case "S" -> sums.add(new RegionalFigures.Sum(rows.getString(8), new FigureSnapshot.Count(
                                    Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4), (Integer) rows.getObject(5),
                                    rows.getLong(6), null, rows.getInt(9) == rows.getInt(10) && rows.getInt(11) == 0),
                                    rows.getInt(12)));
                            case "T" -> targets.computeIfAbsent(Indicator.valueOf(rows.getString(2)), i -> new HashMap<>())
                                    .put(rows.getInt(3), rows.getBigDecimal(6));
                            case "R" -> realisations.computeIfAbsent(Indicator.valueOf(rows.getString(2)), i -> new HashMap<>())
                                    .put(rows.getInt(3), rows.getBigDecimal(6));
                            default -> throw new IllegalStateException("Unknown row kind " + rows.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored figures", e);
        }
        return new RegionalFigures(version, latest != null ? latest : version, firstYear, lastYear, area, counts, sums, targets,
                realisations, regions);
    }
}
