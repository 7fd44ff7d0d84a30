package id.go.kemnaker.karirhub.stats.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.cache.LiveVersions;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.database.NamedSql;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionLevel;

/**
 * The parts of a category's counts along dimensions (table {@code count_breakdown}) in one place
 * and year, beside the figures of the whole ({@link FigureRepository}), at one data version: each
 * breakdown's stored counts become a {@link FigureSnapshot} of their own, so that a part's month,
 * quarter or year is added up by the same rule as the whole's (a month total, or the sum of the
 * reported weeks).
 */
@ApplicationScoped
public class PartRepository {

    /** The parts and the whole of one category in one place and year, read at {@code whole.version()}. */
    public record PartsRead(FigureSnapshot whole, Map<Breakdown, FigureSnapshot> parts) {
    }

    /**
     * The events of a category's year, by week and by the codes they name of the dimensions asked
     * for (the others left out, so added up), in a region (its own and, for a province, its
     * regencies') or nationally (every event, with a region or not).
     */
    private static final String LIVE_PARTS = """
            SELECT month, week, CASE WHEN ? THEN sex END, CASE WHEN ? THEN age_group END, CASE WHEN ? THEN education END,
                   CASE WHEN ? THEN occupation END, sum(amount)::bigint
              FROM live_event
             WHERE year = ? AND category = ?
               AND (? = '' OR region_code = ? OR (length(?) = 2 AND left(region_code, 2) = ?))
             GROUP BY 1, 2, 3, 4, 5, 6
            """;

    /**
     * The parts of the members' categories and years, current ({@code asOf} false) or as of a
     * moment, with the data version they reflect. Each member's parts of a month along some
     * dimensions are what it stored itself, or where it stored no part along those dimensions in that
     * month, the sums of the regions below it: the rule of {@link RegionalSums}, the wholes' rule,
     * which takes each part (a category and its codes, one text) as a category of its own. A province
     * that loaded nothing but its regencies by sex is so broken down by sex, and the nation by its
     * provinces. The current sums are those the writer keeps in table {@code part_sum}; as of a
     * moment they are added up from the parts the audit trail held then.
     *
     * <p>The rows are {@code kind, code, part, year, month, week, amount, partial, changed_at}:
     * kind V (the data version: amount its id) or P (a member's part, {@code part} being
     * {@link RegionalSums#PART_AS_CATEGORY}); a sum some expected region is missing from is {@code partial}. A filtered
     * dimension keeps only the parts with the codes asked for ({@code :bySex} and {@code :sex}, ...).
     */
    private static String parts(boolean asOf, boolean rolledUp) {
        // current: the members' own parts (:places, '' for the nation), by the key index; as of a moment, the members
        // and the regions below them (every region for the nation), by the audit trail's index
        String region = asOf ? "(:nation OR region_code = ANY (:places))" : "coalesce(region_code, '') = ANY (:places)";
        String codes = "(NOT :bySex OR sex = ANY (:sex)) AND (NOT :byAgeGroup OR age_group = ANY (:ageGroup))\n"
                + "           AND (NOT :byEducation OR education = ANY (:education)) AND (NOT :byOccupation OR occupation = ANY (:occupation))";
        String stored = asOf ? """
                version AS (
                    SELECT id, changed_at FROM audit_entry WHERE changed_at <= :asOf ORDER BY changed_at DESC, id DESC LIMIT 1
                ), stored AS (
                    SELECT region_code, category, year, month, week, sex, age_group, education, occupation, new_value::bigint AS amount
                      FROM (SELECT DISTINCT ON (category, year, month, week, region_code, sex, age_group, education, occupation)
                                   category, year, month, week, region_code, sex, age_group, education, occupation, new_value
                              FROM audit_entry
                             WHERE subject = 'BREAKDOWN' AND id <= (SELECT id FROM version)
                               AND year = ANY (CAST(:years AS integer[])) AND category = ANY (:categories)
                               AND month = ANY (CAST(:months AS integer[])) AND %s AND %s
                             ORDER BY category, year, month, week, region_code, sex, age_group, education, occupation, id DESC) AS state
                     WHERE new_value IS NOT NULL
                )""".formatted(region, codes) : """
                version AS (
                    SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1
                ), stored AS (
                    SELECT region_code, category, year, month, week, sex, age_group, education, occupation, amount
                      FROM count_breakdown
                     WHERE year = ANY (CAST(:years AS integer[])) AND category = ANY (:categories)
                               AND month = ANY (CAST(:months AS integer[])) AND %s AND %s
                )""".formatted(region, codes);
        if (!rolledUp) {
            // regencies only: nothing is below a member, so its parts are what it stored
            return """
                    WITH %s
                    SELECT 'V' AS kind, NULL AS code, NULL AS part, NULL::integer AS year, NULL::integer AS month,
                           NULL::integer AS week, id AS amount, NULL::boolean AS partial, changed_at FROM version
                    UNION ALL
                    SELECT 'P', region_code, %s, year, month, week, amount, false, NULL FROM stored
                    """.formatted(stored, RegionalSums.PART_AS_CATEGORY);
        }
        // the sums of the regions below each member: kept by the writer (table part_sum) for the current parts,
        // added up from the parts of every region below the members as of a moment
        String sums = asOf ? """
                parts AS (
                    SELECT region_code, %s AS category, year, month, week, amount FROM stored
                ), sums AS (
                    WITH counts AS (SELECT * FROM parts WHERE region_code IS NOT NULL),
                    %s
                ), own AS (
                    SELECT region_code AS code, category, year, month, week, amount FROM parts
                     WHERE region_code IS NULL AND :nation OR region_code = ANY (:regions)
                ), below AS (
                    SELECT parent_code AS code, category, year, month, week, amount, reporting, expected, partial, month_totals
                      FROM sums WHERE parent_code IS NULL AND :nation OR parent_code = ANY (:regions)
                )""".formatted(RegionalSums.PART_AS_CATEGORY, RegionalSums.FROM_COUNTS) : """
                own AS (
                    SELECT region_code AS code, %1$s AS category, year, month, week, amount FROM stored
                ), below AS (
                    SELECT parent_code AS code, %1$s AS category, year, month, week, amount, reporting, expected, partial, month_totals
                      FROM part_sum
                     WHERE year = ANY (CAST(:years AS integer[])) AND category = ANY (:categories)
                       AND month = ANY (CAST(:months AS integer[])) AND coalesce(parent_code, '') = ANY (:places) AND %2$s
                )""".formatted(RegionalSums.PART_AS_CATEGORY, codes);
        return """
                WITH %s, %s, own_months AS (
                    SELECT DISTINCT code, regexp_replace(category, '\\|[^|]+', '|x', 'g') AS shape, year, month FROM own
                ), stored_in AS (
                    -- a member that stored parts along some dimensions in a month stands for itself along them
                    SELECT DISTINCT b.code, b.category, b.year, b.month
                      FROM below AS b JOIN own_months AS o
                        ON coalesce(o.code, '') = coalesce(b.code, '') AND o.year = b.year AND o.month = b.month
                       AND o.shape = regexp_replace(b.category, '\\|[^|]+', '|x', 'g')
                ), member_value AS (
                %s
                )
                SELECT 'V' AS kind, NULL AS code, NULL AS part, NULL::integer AS year, NULL::integer AS month,
                       NULL::integer AS week, id AS amount, NULL::boolean AS partial, changed_at FROM version
                UNION ALL
                SELECT 'P', code, category, year, month, week, amount, partial, NULL FROM member_value
                """.formatted(stored, sums, RegionalSums.values("own", "stored_in", "below", false));
    }

    /**
     * With the regions' sums ({@code ROLLED_UP}), where a member has regions below it: current, the
     * sums the writer keeps (table {@code part_sum}), planned once per set of flags (which dimensions
     * are filtered: written into the text, so the plan leaves out what they rule out); as of a
     * moment, added up from the audit trail and planned with its values. Without it, for regencies:
     * a plain read by the index, planned as the server decides (measured on a regency's breakdown, a
     * year of regencies loaded: 10 ms planning and 16 ms adding up nothing, against 1.6 ms for the
     * plain read).
     */
    private static final NamedSql CURRENT_ROLLED_UP = NamedSql.of(parts(false, true), NamedSql.Planning.ONCE_PER_VALUES);
    private static final NamedSql AS_OF_ROLLED_UP = NamedSql.of(parts(true, true), NamedSql.Planning.WITH_VALUES);
    private static final NamedSql CURRENT = NamedSql.of(parts(false, false), NamedSql.Planning.SERVER);
    private static final NamedSql AS_OF = NamedSql.of(parts(true, false), NamedSql.Planning.SERVER);

    /** How often the two reads are repeated when a write commits between them. */
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;
    private final FigureRepository figures;
    private final LiveVersions liveVersions;
    private final CodeListDirectory codeLists;
    private final RegionDirectory regions;

    PartRepository(DataSource dataSource, FigureRepository figures, LiveVersions liveVersions, CodeListDirectory codeLists,
            RegionDirectory regions) {
        this.dataSource = dataSource;
        this.figures = figures;
        this.liveVersions = liveVersions;
        this.codeLists = codeLists;
        this.regions = regions;
    }

    /**
     * The current figures of {@code category} in {@code year} for {@code region} (null: the
     * nation), whole and in parts, on {@code basis}. The whole is read by its own statement; the
     * parts name the data version they were read at, and both are read again until the two
     * versions agree, so that no answer sets parts of one moment against a whole of another.
     * Live parts ({@link #liveParts}) are read after them, along the dimensions of {@code by}.
     * As of a moment ({@code asOf} not null), the parts are those the audit trail held then,
     * beside the whole as of the same moment, and the read is official.
     */
    public PartsRead read(Category category, Period period, String region, Instant asOf, Basis basis, Set<Dimension> by) {
        int year = period.year();
        Area place = region == null ? Area.NATIONAL : Area.of(List.of(region));
        FigureQuery query = FigureQuery.of(place, year, year, asOf).on(basis);
        for (int attempt = 1; ; attempt++) {
            FigureSnapshot whole = figures.read(query).combined();
            Parts parts = parts(List.of(category), year, year, months(period), place, asOf, Map.of());
            if (parts.version().equals(whole.version()) || attempt == ATTEMPTS) {
                Map<Breakdown, List<Figure>> chosen = parts.of(region, category);
                if (query.readsLive() && liveVersions.mayHaveLive(year, year)) {
                    chosen = combine(basis, whole, chosen, liveParts(category, year, region, by));
                }
                Map<Breakdown, FigureSnapshot> snapshots = new LinkedHashMap<>();
                chosen.forEach((breakdown, stored) -> snapshots.put(breakdown,
                        new FigureSnapshot(whole.version(), whole.latest(), region, year, year, stored, Map.of(), Map.of())));
                return new PartsRead(whole, snapshots);
            }
        }
    }

    /** {@link #filtered(Collection, int, int, Area, Instant, Basis, Map)} of one place (null: the nation). */
    public FigureSnapshot filtered(Collection<Category> categories, int firstYear, int lastYear, String region, Instant asOf,
            Basis basis, Map<Dimension, List<String>> filter) {
        Area place = region == null ? Area.NATIONAL : Area.of(List.of(region));
        return filtered(categories, firstYear, lastYear, ALL_MONTHS, place, asOf, basis, filter).get(region);
    }

    /** {@link #filtered(Collection, int, int, List, Area, Instant, Basis, Map)} of the members over one period's months. */
    public Map<String, FigureSnapshot> filtered(Collection<Category> categories, Period period, Area members, Instant asOf,
            Basis basis, Map<Dimension, List<String>> filter) {
        return filtered(categories, period.year(), period.year(), months(period), members, asOf, basis, filter);
    }

    /** Every month, as the parts statement takes them. */
    private static final List<String> ALL_MONTHS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

    /**
     * The months a period covers, as the parts statement takes them: a month's parts are added up
     * for the regions only in the months asked (a year of regencies by sex and education is 135,696
     * parts a category; one month of them a twelfth).
     */
    private static List<String> months(Period period) {
        List<String> months = new ArrayList<>();
        for (int month = period.start().getMonthValue(); month <= period.end().getMonthValue(); month++) {
            months.add(String.valueOf(month));
        }
        return months;
    }

    /**
     * The figures of {@code categories} in the years for each member of {@code members} (the key
     * null: the nation) counting only what {@code filter} names: per dimension, the codes to add up
     * (one code, or the codes of a group, such as the five-year groups of 15-24). Each category's
     * figure of a week or month is the sum of its parts with those codes, read from the parts stored
     * along exactly the filter's dimensions, or where there are none, along those and one more
     * (whose codes are added up too), as a breakdown reads them; a member's part is what it stored,
     * or the sum of the regions below it ({@link #parts(boolean, boolean)}). A figure that misses one of the
     * parts it adds up, or whose sum misses a region, is not complete; where no part was stored,
     * there is no figure (null, never 0). On basis live or best, live parts take part as they do in
     * a breakdown ({@link #combine}), weighed against the whole read at the same data version. No
     * targets: a target is the whole's.
     */
    private Map<String, FigureSnapshot> filtered(Collection<Category> categories, int firstYear, int lastYear, List<String> months,
            Area members, Instant asOf, Basis basis, Map<Dimension, List<String>> filter) {
        FigureQuery query = FigureQuery.members(members, firstYear, lastYear, asOf).on(basis);
        boolean live = query.readsLive() && liveVersions.mayHaveLive(firstYear, lastYear);
        List<String> codes = new ArrayList<>(members.regions());
        if (members.national()) {
            codes.add(0, null);
        }
        for (int attempt = 1; ; attempt++) {
            // the whole is read to weigh live parts against what was reported, and as of a moment, for
            // the latest version beside the moment's and the wait for writes dated by it (FigureRepository)
            FigureRead whole = live || asOf != null ? figures.read(query) : null;
            Parts parts = parts(categories, firstYear, lastYear, months, members, asOf, filter);
            if (whole == null || parts.version().equals(whole.version()) || attempt == ATTEMPTS) {
                DataVersion latest = whole == null ? parts.version() : whole.latest();
                Map<String, FigureSnapshot> snapshots = new HashMap<>();
                for (String code : codes) {
                    List<Figure> selected = new ArrayList<>();
                    for (Category category : categories) {
                        Map<Breakdown, List<Figure>> chosen = parts.of(code, category);
                        if (live) {
                            Map<Breakdown, List<Figure>> counted = new HashMap<>();
                            for (int year = firstYear; year <= lastYear; year++) {
                                liveParts(category, year, code, filter.keySet()).forEach((breakdown, figures) ->
                                        counted.computeIfAbsent(breakdown, b -> new ArrayList<>()).addAll(figures));
                            }
                            chosen = combine(basis, whole.member(code), chosen, counted);
                        }
                        selected.addAll(select(chosen, filter));
                    }
                    snapshots.put(code, new FigureSnapshot(parts.version(), latest, code, firstYear, lastYear, selected, Map.of(),
                            Map.of()));
                }
                return snapshots;
            }
        }
    }

    /**
     * The filtered figures of one category's parts, added up per week or month ({@link #filtered}):
     * month by month, from the parts stored along exactly the filter's dimensions where the month
     * has any, else along those and the first other dimension the month has parts along.
     */
    private List<Figure> select(Map<Breakdown, List<Figure>> parts, Map<Dimension, List<String>> filter) {
        Map<Cell, Map<Breakdown, List<Figure>>> byMonth = new LinkedHashMap<>();
        parts.forEach((breakdown, figures) -> {
            for (Figure figure : figures) {
                byMonth.computeIfAbsent(figure.cell().total().wholeMonth(), month -> new HashMap<>())
                        .computeIfAbsent(breakdown, b -> new ArrayList<>()).add(figure);
            }
        });
        List<Figure> selected = new ArrayList<>();
        byMonth.values().forEach(month -> selected.addAll(selectOfMonth(month, filter)));
        return selected;
    }

    private List<Figure> selectOfMonth(Map<Breakdown, List<Figure>> parts, Map<Dimension, List<String>> filter) {
        Set<Dimension> asked = filter.keySet();
        Set<Dimension> along = null;
        Dimension summedOver = null;
        if (parts.keySet().stream().anyMatch(breakdown -> breakdown.dimensions().equals(asked))) {
            along = asked;
        } else if (asked.size() < Breakdown.MAX_DIMENSIONS) {
            for (Dimension other : Dimension.values()) {
                Set<Dimension> wider = EnumSet.copyOf(asked);
                wider.add(other);
                if (!asked.contains(other) && parts.keySet().stream().anyMatch(breakdown -> breakdown.dimensions().equals(wider))) {
                    along = wider;
                    summedOver = other;
                    break;
                }
            }
        }
        if (along == null) {
            return List.of();
        }
        int expected = summedOver == null ? 1 : codeLists.list(summedOver).levels().size();
        for (List<String> codes : filter.values()) {
            expected *= codes.size();
        }
        Map<Cell, long[]> sums = new LinkedHashMap<>(); // per cell: the sum, how many parts, any live, any incomplete
        for (Map.Entry<Breakdown, List<Figure>> entry : parts.entrySet()) {
            Breakdown breakdown = entry.getKey();
            if (!breakdown.dimensions().equals(along)
                    || !asked.stream().allMatch(dimension -> filter.get(dimension).contains(breakdown.code(dimension)))) {
                continue;
            }
            for (Figure figure : entry.getValue()) {
                long[] sum = sums.computeIfAbsent(figure.cell().total(), cell -> new long[4]);
                sum[0] += figure.amount();
                sum[1]++;
                sum[2] |= figure.provisional() ? 1 : 0;
                sum[3] |= figure.complete() ? 0 : 1;
            }
        }
        List<Figure> selected = new ArrayList<>(sums.size());
        int all = expected;
        sums.forEach((cell, sum) -> selected.add(new Figure(cell, sum[0], sum[1] == all && sum[3] == 0, true, sum[2] == 1)));
        return selected;
    }

    /**
     * The parts on {@code basis}: on {@link Basis#LIVE} the live ones alone; on {@link Basis#BEST}
     * every reported part, and a live part's week wherever the whole (its figure as read) has no
     * reported figure for that week nor the month as a total. So a week whose whole was reported
     * takes its parts from the report alone (what the report did not break down is unallocated),
     * and a week not reported yet takes the whole and the parts from the events.
     */
    private static Map<Breakdown, List<Figure>> combine(Basis basis, FigureSnapshot whole, Map<Breakdown, List<Figure>> reported,
            Map<Breakdown, List<Figure>> live) {
        if (basis == Basis.LIVE) {
            return live;
        }
        Set<Cell> taken = new HashSet<>();
        for (Figure figure : whole.counts()) {
            if (!figure.provisional()) {
                taken.add(figure.cell());
            }
        }
        Map<Breakdown, List<Figure>> combined = new HashMap<>();
        reported.forEach((breakdown, figures) -> combined.put(breakdown, new ArrayList<>(figures)));
        live.forEach((breakdown, figures) -> {
            for (Figure figure : figures) {
                Cell total = figure.cell().total();
                if (!taken.contains(total) && !taken.contains(total.wholeMonth())) {
                    combined.computeIfAbsent(breakdown, b -> new ArrayList<>()).add(figure);
                }
            }
        });
        return combined;
    }

    /**
     * What events counted in the parts of {@code category} in {@code year}, week by week, along each
     * dimension of {@code by} and each pair of them: an event counts in the part of every code it
     * names (an event that names no sex is in no part by sex, and so unallocated there), as the
     * events of a region's regencies count in the region.
     */
    private Map<Breakdown, List<Figure>> liveParts(Category category, int year, String region, Set<Dimension> by) {
        Map<Breakdown, Map<Cell, Long>> sums = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(LIVE_PARTS)) {
            select.setBoolean(1, by.contains(Dimension.SEX));
            select.setBoolean(2, by.contains(Dimension.AGE_GROUP));
            select.setBoolean(3, by.contains(Dimension.EDUCATION));
            select.setBoolean(4, by.contains(Dimension.OCCUPATION));
            select.setInt(5, year);
            select.setString(6, category.name());
            String code = region == null ? "" : region;
            select.setString(7, code);
            select.setString(8, code);
            select.setString(9, code);
            select.setString(10, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
                    for (Dimension dimension : Dimension.values()) {
                        String value = rows.getString(3 + dimension.ordinal());
                        if (value != null) {
                            codes.put(dimension, value);
                        }
                    }
                    Cell week = new Cell(category, year, rows.getInt(1), rows.getInt(2), region);
                    for (Set<Dimension> named : subsets(codes.keySet())) {
                        Map<Dimension, String> part = new EnumMap<>(Dimension.class);
                        named.forEach(dimension -> part.put(dimension, codes.get(dimension)));
                        Breakdown breakdown = Breakdown.of(part);
                        sums.computeIfAbsent(breakdown, b -> new HashMap<>()).merge(week.withBreakdown(breakdown), rows.getLong(7),
                                Long::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the live parts of the counts", e);
        }
        Map<Breakdown, List<Figure>> parts = new HashMap<>();
        sums.forEach((breakdown, cells) -> cells.forEach((cell, amount) ->
                parts.computeIfAbsent(breakdown, b -> new ArrayList<>()).add(Figure.live(cell, amount))));
        return parts;
    }

    /** Every non-empty subset of {@code dimensions} of at most {@link Breakdown#MAX_DIMENSIONS}. */
    private static List<Set<Dimension>> subsets(Set<Dimension> dimensions) {
        List<Set<Dimension>> subsets = new ArrayList<>();
        for (Dimension first : dimensions) {
            subsets.add(EnumSet.of(first));
            for (Dimension second : dimensions) {
                if (second.ordinal() > first.ordinal()) {
                    subsets.add(EnumSet.of(first, second));
                }
            }
        }
        return subsets;
    }

    /** The parts read at one data version, by member (the key null: the nation), category and breakdown. */
    private record Parts(DataVersion version, Map<String, Map<Category, Map<Breakdown, List<Figure>>>> figures) {

        Map<Breakdown, List<Figure>> of(String member, Category category) {
            return figures.getOrDefault(member, Map.of()).getOrDefault(category, Map.of());
        }
    }

    /** The regions of {@code members} and the regencies of its provinces that existed in the years (none for the nation: all are read). */
    private List<String> places(Area members, int firstYear, int lastYear) {
        if (members.national()) {
            return List.of();
        }
        List<String> places = new ArrayList<>(members.regions());
        for (String code : members.regions()) {
            if (code.length() == 2) {
                regions.during(RegionLevel.REGENCY, code, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31))
                        .forEach(regency -> places.add(regency.code()));
            }
        }
        return places;
    }

    /** The parts of {@code categories} in the years for each member, only those with the codes of {@code filter}. */
    private Parts parts(Collection<Category> categories, int firstYear, int lastYear, List<String> months, Area members, Instant asOf,
            Map<Dimension, List<String>> filter) {
        List<String> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(String.valueOf(year));
        }
        // the years as a list, not a range: with a range on its first column the index is walked through every
        // part of the years (21 ms for a regency's month with a year of regencies loaded); with equality it
        // descends to the category and region (1.6 ms)
        NamedSql.Binds binds = NamedSql.binds().set("years", years).set("months", months)
                .set("categories", categories.stream().map(Enum::name).toList());
        boolean rolledUp = members.national() || members.regions().stream().anyMatch(code -> code.length() == 2);
        if (asOf == null) {
            List<String> places = new ArrayList<>(members.regions());
            if (members.national()) {
                places.add(0, "");
            }
            binds.set("places", places);
        } else {
            binds.set("nation", members.national()).set("places", places(members, firstYear, lastYear)).set("asOf", asOf);
            if (rolledUp) {
                binds.set("regions", members.regions());
            }
        }
        for (Dimension dimension : Dimension.values()) {
            String name = dimension.parameter();
            binds.set("by" + Character.toUpperCase(name.charAt(0)) + name.substring(1), filter.containsKey(dimension))
                    .set(name, filter.getOrDefault(dimension, List.of()));
        }
        DataVersion version = DataVersion.NONE;
        Map<String, Map<Category, Map<Breakdown, List<Figure>>>> figures = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = (asOf == null ? rolledUp ? CURRENT_ROLLED_UP : CURRENT
                        : rolledUp ? AS_OF_ROLLED_UP : AS_OF).prepare(connection, binds);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(1).equals("V")) {
                    version = new DataVersion(rows.getLong(7), rows.getTimestamp(9).toInstant());
                    continue;
                }
                String code = rows.getString(2);
                Cell cell = RegionalSums.part(rows.getString(3), rows.getInt(4), rows.getInt(5), rows.getObject(6, Integer.class), code);
                figures.computeIfAbsent(code, c -> new EnumMap<>(Category.class))
                        .computeIfAbsent(cell.category(), c -> new HashMap<>())
                        .computeIfAbsent(cell.breakdown(), b -> new ArrayList<>())
                        .add(new Figure(cell, rows.getLong(7), !rows.getBoolean(8), true));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parts of the counts", e);
        }
        return new Parts(version, figures);
    }
}
