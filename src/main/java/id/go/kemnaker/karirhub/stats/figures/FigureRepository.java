package id.go.kemnaker.karirhub.stats.figures;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.cache.LiveVersions;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.database.NamedSql;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;

/**
 * The one place figures are read from the database: a {@link FigureQuery} becomes one statement,
 * so the data version and the figures come from the same snapshot, and the answer is a
 * {@link FigureRead}. Every statement is built once, when this class loads, from the parts
 * below and the rule of {@link RegionalSums}, and takes named parameters ({@link NamedSql}).
 *
 * <p>There is one statement per shape of query: whose figures ({@link FigureQuery.Shape}), and
 * whether current or as of a moment. Their rows all have the columns {@code kind, code,
 * category, year, month, week, value, complete, changed_at, decimal_value}: value is a whole number
 * (bigint, which the driver reads without going through BigDecimal), decimal_value that of a
 * target or realisation, which may have decimals; kind V (the data version the
 * figures reflect), L (as of a moment only: the latest data version), D (as of a moment only:
 * the latest time an entry is dated, {@link AuditTrail#LATEST_DATED}), C (a count a member
 * stored), S (a sum of the regions below a member, standing for it), A (the figure of an area of
 * several regions, added up), T (a target) or R (a realisation entered for a reported indicator).
 */
@ApplicationScoped
public class FigureRepository {

    /** The latest audit entry: the current data version. */
    private static final String LATEST = "(SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1)";

    /**
     * A month grain needs no week sums ({@link RegionalSums#values} keeps only month rows then):
     * left out where the rows are read, a breakdown reads a fifth of the rows (2.8 ms instead of
     * 3.3 ms for the provinces of a year, ten regency years loaded).
     */
    private static final String MONTH_ROWS_ONLY = " AND week IS NULL";

    /**
     * A member's stored counts of a month added up, as the value and completeness of a month row
     * (grouped by member, category, year and month): a month stored as a total stays itself; one of
     * weeks is whole with all its weeks, as CountsOfYear would find it.
     */
    private static final String MONTH_OF_STORED = "sum(amount)::bigint AS amount, bool_or(week IS NULL) OR count(*) = "
            + Period.WEEKS_PER_MONTH + " AS whole";

    /** The statements, by grain, then shape: each grain has its own text, nothing in it a grain does not need. */
    private static final Map<FigureQuery.Grain, Map<FigureQuery.Shape, NamedSql>> CURRENT = new EnumMap<>(FigureQuery.Grain.class);
    private static final Map<FigureQuery.Grain, Map<FigureQuery.Shape, NamedSql>> AS_OF = new EnumMap<>(FigureQuery.Grain.class);

    static {
        for (FigureQuery.Grain grain : FigureQuery.Grain.values()) {
            boolean monthsOnly = grain == FigureQuery.Grain.MONTH;
            Map<FigureQuery.Shape, NamedSql> current = new EnumMap<>(FigureQuery.Shape.class);
            Map<FigureQuery.Shape, NamedSql> asOf = new EnumMap<>(FigureQuery.Shape.class);
            for (FigureQuery.Shape shape : FigureQuery.Shape.values()) {
                // measured with ten regency years loaded: the nation's statement planned for its values
                // at every execution cost 0.4 ms of planning for 0.1 ms of running; a breakdown's generic
                // plan ran 16-22 ms with the years as parameters, 4.2 ms with them written in, where
                // planning it for its values at every execution cost 1.9-2.2 ms before its 4.6 ms run
                boolean nation = shape == FigureQuery.Shape.NATION;
                current.put(shape, NamedSql.of(current(shape, monthsOnly), NamedSql.Planning.ONCE_PER_VALUES));
                asOf.put(shape, NamedSql.of(asOf(shape, monthsOnly),
                        nation ? NamedSql.Planning.SERVER : NamedSql.Planning.WITH_VALUES));
            }
            CURRENT.put(grain, current);
            AS_OF.put(grain, asOf);
        }
    }

    /** Which counts a shape's members stored, as a condition on {@code region_code}, one per branch of a union. */
    private static List<String> ownRegions(FigureQuery.Shape shape) {
        return switch (shape) {
            case NATION -> List.of("region_code IS NULL");
            case REGIONS, AREA -> List.of("region_code = ANY (:regions)");
            case NATION_AND_REGIONS -> List.of("region_code IS NULL", "region_code = ANY (:regions)");
        };
    }

    /** Which sums stand below a shape's members, as a condition on {@code parent_code}. */
    private static String sumParents(FigureQuery.Shape shape) {
        return switch (shape) {
            case NATION -> "parent_code IS NULL";
            case REGIONS, AREA -> "parent_code = ANY (:regions)";
            case NATION_AND_REGIONS -> "(parent_code IS NULL OR parent_code = ANY (:regions))";
        };
    }

    /** The current figures: counts from reported_count, sums from the current rows of regional_sum. */
    private static String current(FigureQuery.Shape shape, boolean monthsOnly) {
        // A month grain needs the members' stored counts only as months: added up where they are
        // read, every later step handles a quarter of the rows (a province's 27 regencies, ten
        // regency years loaded: 230 statements a second instead of 170).
        List<String> own = new ArrayList<>();
        for (String regions : ownRegions(shape)) {
            own.add(monthsOnly
                    ? "SELECT region_code AS code, category, year, month, NULL::integer AS week,\n"
                            + "           " + MONTH_OF_STORED + " FROM reported_count\n"
                            + "     WHERE year BETWEEN :first AND :last AND " + regions + "\n"
                            + "     GROUP BY region_code, category, year, month"
                    : "SELECT region_code AS code, category, year, month, week, amount FROM reported_count\n"
                            + "     WHERE year BETWEEN :first AND :last AND " + regions);
        }
        return "WITH own AS (\n    " + String.join("\n    UNION ALL\n    ", own) + "\n), below AS (\n"
                + "    SELECT parent_code AS code, category, year, month, week, amount, reporting, expected, partial, month_totals\n"
                + "      FROM regional_sum WHERE year BETWEEN :first AND :last AND " + sumParents(shape) + " AND to_entry IS NULL"
                + (monthsOnly ? MONTH_ROWS_ONLY : "") + "\n"
                + ")" + members(shape, false, monthsOnly) + "\n"
                + "SELECT 'V' AS kind, NULL AS code, NULL AS category, NULL::integer AS year, NULL::integer AS month,\n"
                + "       NULL::integer AS week, id AS value, NULL::boolean AS complete, changed_at, NULL::numeric AS decimal_value\n"
                + "  FROM " + LATEST + " AS v\n"
                + figureRows(shape, monthsOnly, true)
                + (shape.national() ? """
                        UNION ALL
                        SELECT 'T', NULL, indicator, year, NULL, NULL, NULL, NULL, NULL, target FROM yearly_target
                         WHERE year BETWEEN :first AND :last
                        UNION ALL
                        SELECT 'R', NULL, indicator, year, NULL, NULL, NULL, NULL, NULL, realisation FROM yearly_realisation
                         WHERE year BETWEEN :first AND :last
                        """ : "");
    }

    /**
     * The figures as of a moment: the version is the last audit entry written at or before it;
     * each count, target and realisation takes the new value of its last entry up to that version
     * (one whose last entry removed it, new value null, is left out), and the sums are the rows of
     * regional_sum valid at that version.
     */
    private static String asOf(FigureQuery.Shape shape, boolean monthsOnly) {
        String entries = switch (shape) {
            // the parts of counts along dimensions (subject BREAKDOWN) are no figures of these reads
            case NATION -> "region_code IS NULL AND subject <> 'BREAKDOWN'";
            case REGIONS, AREA -> "subject = 'COUNT' AND region_code = ANY (:regions)";
            case NATION_AND_REGIONS -> "(region_code IS NULL OR region_code = ANY (:regions)) AND subject <> 'BREAKDOWN'";
        };
        return """
                WITH version AS (
                    SELECT id, changed_at FROM audit_entry WHERE changed_at <= :asOf ORDER BY changed_at DESC, id DESC LIMIT 1
                ), state AS (
                    SELECT DISTINCT ON (subject, category, indicator, year, month, week, region_code)
                           subject, coalesce(category, indicator) AS category, year, month, week, region_code, new_value
                      FROM audit_entry
                     WHERE id <= (SELECT id FROM version) AND year BETWEEN :first AND :last AND %s
                     ORDER BY subject, category, indicator, year, month, week, region_code, id DESC
                ), own AS (
                    SELECT region_code AS code, category, year, month, week, new_value::bigint AS amount
                      FROM state WHERE subject = 'COUNT' AND new_value IS NOT NULL
                ), below AS (
                    SELECT parent_code AS code, category, year, month, week, amount, reporting, expected, partial, month_totals
                      FROM regional_sum
                     WHERE year BETWEEN :first AND :last AND %s AND from_entry <= (SELECT id FROM version)
                       AND (to_entry IS NULL OR to_entry > (SELECT id FROM version))%s
                )%s
                SELECT 'V' AS kind, NULL AS code, NULL AS category, NULL::integer AS year, NULL::integer AS month,
                       NULL::integer AS week, id AS value, NULL::boolean AS complete, changed_at, NULL::numeric AS decimal_value FROM version
                UNION ALL
                SELECT 'L', NULL, NULL, NULL, NULL, NULL, id, NULL, changed_at, NULL FROM %s AS latest
                UNION ALL
                SELECT 'D', NULL, NULL, NULL, NULL, NULL, NULL, NULL, %s, NULL
                %sUNION ALL
                SELECT CASE subject WHEN 'TARGET' THEN 'T' ELSE 'R' END, NULL, category, year, NULL, NULL, NULL, NULL, NULL, new_value
                  FROM state WHERE subject IN ('TARGET', 'REALISATION') AND new_value IS NOT NULL
                """.formatted(entries, sumParents(shape), monthsOnly ? MONTH_ROWS_ONLY : "", members(shape, true, monthsOnly), LATEST,
                AuditTrail.LATEST_DATED, figureRows(shape, monthsOnly, false));
    }

    /**
     * The member figures ({@link RegionalSums#values}) of what {@code own} and {@code below} hold,
     * and for an area, their sum ({@link RegionalSums#sums}) and the area's figure picked from it.
     */
    private static String members(FigureQuery.Shape shape, boolean asOf, boolean monthsOnly) {
        // The nation's few sum rows each probe reported_count's index; a breakdown's thousands are
        // matched against own at once (own is then read once more, its few rows kept)
        String storedIn = asOf || shape != FigureQuery.Shape.NATION ? "own" : null;
        String members = ", member_value AS (\n" + RegionalSums.values("own", storedIn, "below", monthsOnly) + "\n)";
        if (shape != FigureQuery.Shape.AREA) {
            return members;
        }
        return members + """
                , area_value AS (
                    SELECT 'area'::varchar AS parent_code, code, category, year, month, week, amount, partial FROM member_value
                ), area_sum AS (
                %s
                ), area_below AS (
                    SELECT parent_code AS code, category, year, month, week, amount, reporting, expected, partial, month_totals
                      FROM area_sum
                ), area_value_picked AS (
                %s
                )""".formatted(RegionalSums.sums("area_value", "g.code = ANY (:regions)"),
                RegionalSums.values(null, null, "area_below", monthsOnly));
    }

    /**
     * The figure rows of the members (or of the area). At the grain of months, the members' stored
     * counts as months: {@code own} already holds them so ({@code ownByMonth}, with a column
     * {@code whole}), or they are added up here (as of a moment, {@code own} comes from the trail).
     */
    private static String figureRows(FigureQuery.Shape shape, boolean monthsOnly, boolean ownByMonth) {
        if (shape == FigureQuery.Shape.AREA) {
            return "UNION ALL\nSELECT 'A', NULL, category, year, month, week, amount::bigint, NOT partial, NULL, NULL\n"
                    + "  FROM area_value_picked\n";
        }
        if (!monthsOnly) {
            return """
                    UNION ALL
                    SELECT CASE WHEN stored THEN 'C' ELSE 'S' END, code, category, year, month, week, amount, NOT partial, NULL, NULL
                      FROM member_value
                    """;
        }
        String stored = ownByMonth ? "SELECT 'C', code, category, year, month, NULL, amount, whole, NULL, NULL FROM own"
                : "SELECT 'C', code, category, year, month, NULL, " + MONTH_OF_STORED + ", NULL, NULL\n"
                        + "  FROM own GROUP BY code, category, year, month";
        return """
                UNION ALL
                SELECT 'S', code, category, year, month, week, amount, NOT partial, NULL, NULL FROM member_value WHERE NOT stored
                UNION ALL
                %s
                """.formatted(stored);
    }

    /** The counts stored nationally (no sums): for the list of counts. */
    private static final NamedSql STORED_NATIONAL = NamedSql.of("""
            SELECT 'V' AS kind, NULL AS code, NULL AS category, NULL::integer AS year, NULL::integer AS month,
                   NULL::integer AS week, id AS value, NULL::boolean AS complete, changed_at, NULL::numeric AS decimal_value FROM %s AS v
            UNION ALL
            SELECT 'C', NULL, category, year, month, week, amount, true, NULL, NULL FROM reported_count
             WHERE year BETWEEN :first AND :last AND region_code IS NULL
            """.formatted(LATEST));

    /** The counts stored for regions (no sums): for the list of counts. */
    private static final NamedSql STORED_REGIONS = NamedSql.of("""
            SELECT 'V' AS kind, NULL AS code, NULL AS category, NULL::integer AS year, NULL::integer AS month,
                   NULL::integer AS week, id AS value, NULL::boolean AS complete, changed_at, NULL::numeric AS decimal_value FROM %s AS v
            UNION ALL
            SELECT 'C', region_code, category, year, month, week, amount, true, NULL, NULL FROM reported_count
             WHERE year BETWEEN :first AND :last AND region_code = ANY (:regions)
            """.formatted(LATEST));

    /** The targets (nothing else): for the list of targets. */
    private static final NamedSql TARGETS = NamedSql.of("""
            SELECT 'V' AS kind, NULL AS code, NULL AS category, NULL::integer AS year, NULL::integer AS month,
                   NULL::integer AS week, id AS value, NULL::boolean AS complete, changed_at, NULL::numeric AS decimal_value FROM %s AS v
            UNION ALL
            SELECT 'T', NULL, indicator, year, NULL, NULL, NULL, NULL, NULL, target FROM yearly_target WHERE year BETWEEN :first AND :last
            """.formatted(LATEST));

    /** The statement of a shape and grain, current or as of a moment, with its named parameters: for the benchmark and its test. */
    public static NamedSql statement(FigureQuery.Shape shape, FigureQuery.Grain grain, boolean asOf) {
        return (asOf ? AS_OF : CURRENT).get(grain).get(shape);
    }

    private final DataSource dataSource;
    private final RegionDirectory regions;
    private final LiveRepository live;
    private final LiveVersions liveVersions;

    FigureRepository(DataSource dataSource, RegionDirectory regions, LiveRepository live, LiveVersions liveVersions) {
        this.dataSource = dataSource;
        this.regions = regions;
        this.live = live;
        this.liveVersions = liveVersions;
    }

    /** Runs the query's statement: as of a moment, an answer that never changes afterwards ({@link #run}). */
    public FigureRead read(FigureQuery query) {
        if (query.grain() == FigureQuery.Grain.MONTH && query.basis() != Basis.OFFICIAL && query.asOf() == null
                && liveVersions.mayHaveLive(query.firstYear(), query.lastYear())) {
            // live figures are weeks: a month-grain read that may show some is read by weeks, as a
            // statistic is, so that each week's reported and live figures are weighed against each other
            query = query.byWeek();
        }
        NamedSql.Binds binds = NamedSql.binds().set("first", query.firstYear()).set("last", query.lastYear());
        if (query.shape() != FigureQuery.Shape.NATION) {
            binds.set("regions", query.area().regions());
        }
        if (query.asOf() != null) {
            binds.set("asOf", query.asOf());
        }
        return run(statement(query.shape(), query.grain(), query.asOf() != null), binds, query);
    }

    /**
     * What the members of {@code area} stored themselves in the years, current: counts, not sums; no
     * targets. On {@code basis} live or best, with or instead of what events counted in each member
     * ({@link LiveRepository#combine}), as {@link FigureRead#storedCounts}.
     */
    public FigureRead stored(Area area, int firstYear, int lastYear, Basis basis) {
        FigureQuery query = FigureQuery.members(area, firstYear, lastYear, null).on(basis);
        NamedSql.Binds binds = NamedSql.binds().set("first", firstYear).set("last", lastYear);
        if (area.national()) {
            return run(STORED_NATIONAL, binds, query);
        }
        return run(STORED_REGIONS, binds.set("regions", area.regions()), query);
    }

    /** The targets of the years, current, with the data version: nothing else. */
    public FigureSnapshot targets(int firstYear, int lastYear) {
        FigureQuery query = FigureQuery.of(Area.NATIONAL, firstYear, lastYear, null);
        return run(TARGETS, NamedSql.binds().set("first", firstYear).set("last", lastYear), query).combined();
    }

    /**
     * Runs the statement; as of a moment whose answer may still change ({@link AuditTrail#settled}:
     * a moment no earlier than the latest entry the statement saw), waits for writers to finish
     * sealing and runs it once more. A moment before the latest entry, the usual case, costs
     * one statement.
     */
    private FigureRead run(NamedSql sql, NamedSql.Binds binds, FigureQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            Rows rows = rows(connection, sql, binds);
            if (query.asOf() != null && !AuditTrail.settled(query.asOf(), rows.latestDated)) {
                AuditTrail.awaitSealed(connection);
                rows = rows(connection, sql, binds);
            }
            // live figures come from their own table, read after the reported ones: an event counted in
            // between shows in the live figures (which carry no data version) and changes no reported one
            List<Figure> figures = rows.figures;
            if (query.readsLive()) { // where no event was counted in the years, there is nothing live to read
                List<Figure> liveFigures = liveVersions.mayHaveLive(query.firstYear(), query.lastYear()) ? live.figures(query)
                        : List.of();
                figures = LiveRepository.combine(query.basis(), rows.figures, liveFigures);
            }
            return new FigureRead(query, rows.version, rows.latest != null ? rows.latest : rows.version, figures,
                    rows.targets, rows.realisations, regions);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored figures", e);
        }
    }

    /** What one run of a statement gave. */
    private static final class Rows {
        private DataVersion version = DataVersion.NONE;
        private DataVersion latest;
        private Instant latestDated;
        private final List<Figure> figures = new ArrayList<>();
        private final Map<Indicator, Map<Integer, BigDecimal>> targets = new EnumMap<>(Indicator.class);
        private final Map<Indicator, Map<Integer, BigDecimal>> realisations = new EnumMap<>(Indicator.class);
    }

    private static Rows rows(Connection connection, NamedSql sql, NamedSql.Binds binds) throws SQLException {
        Rows read = new Rows();
        try (PreparedStatement statement = sql.prepare(connection, binds);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String kind = rows.getString(1);
                switch (kind) {
                    case "V" -> read.version = new DataVersion(rows.getLong(7), rows.getTimestamp(9).toInstant());
                    case "L" -> read.latest = new DataVersion(rows.getLong(7), rows.getTimestamp(9).toInstant());
                    case "D" -> read.latestDated = rows.getTimestamp(9) == null ? null : rows.getTimestamp(9).toInstant();
                    case "C", "S", "A" -> read.figures.add(new Figure(new Cell(Category.valueOf(rows.getString(3)), rows.getInt(4),
                            rows.getInt(5), (Integer) rows.getObject(6), rows.getString(2)), rows.getLong(7), rows.getBoolean(8),
                            kind.equals("C")));
                    case "T" -> read.targets.computeIfAbsent(Indicator.valueOf(rows.getString(3)), i -> new HashMap<>())
                            .put(rows.getInt(4), rows.getBigDecimal(10));
                    case "R" -> read.realisations.computeIfAbsent(Indicator.valueOf(rows.getString(3)), i -> new HashMap<>())
                            .put(rows.getInt(4), rows.getBigDecimal(10));
                    default -> throw new IllegalStateException("Unknown row kind " + kind);
                }
            }
        }
        return read;
    }
}
