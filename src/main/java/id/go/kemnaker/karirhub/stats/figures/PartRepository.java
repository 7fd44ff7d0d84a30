package id.go.kemnaker.karirhub.stats.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;

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

    /** The current parts of a category's year in one place, with the data version. */
    private static final String CURRENT = """
            SELECT 'V', id, NULL::integer, NULL::bigint, NULL, NULL, NULL, NULL, changed_at, NULL, NULL::integer
              FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
            UNION ALL
            SELECT 'P', month, week, amount, sex, age_group, education, occupation, NULL, category, year
              FROM count_breakdown
             WHERE year BETWEEN ? AND ? AND category = ANY (?) AND coalesce(region_code, '') = ?
            """;

    /**
     * The parts as they stood at a moment: the version is the last audit entry written at or before
     * it (as {@link FigureRepository} reads the whole), and each part takes the new value of its
     * last entry (subject BREAKDOWN) up to that version; a part whose last entry removed it is left out.
     */
    private static final String AS_OF = asOf("region_code IS NULL AND ? = ''");

    /** {@link #AS_OF} of a region: by the index on the audit trail's region and year. */
    private static final String AS_OF_REGION = asOf("region_code = ?");

    private static String asOf(String place) {
        return """
            WITH version AS (
                SELECT id, changed_at FROM audit_entry WHERE changed_at <= ? ORDER BY changed_at DESC, id DESC LIMIT 1
            )
            SELECT 'V', id, NULL::integer, NULL::bigint, NULL, NULL, NULL, NULL, changed_at, NULL, NULL::integer FROM version
            UNION ALL
            SELECT 'P', month, week, new_value::bigint, sex, age_group, education, occupation, NULL, category, year
              FROM (SELECT DISTINCT ON (category, year, month, week, sex, age_group, education, occupation)
                           category, year, month, week, sex, age_group, education, occupation, new_value
                      FROM audit_entry
                     WHERE subject = 'BREAKDOWN' AND id <= (SELECT id FROM version)
                       AND year BETWEEN ? AND ? AND category = ANY (?) AND %s
                     ORDER BY category, year, month, week, sex, age_group, education, occupation, id DESC) AS state
             WHERE new_value IS NOT NULL
            """.formatted(place);
    }

    /** How often the two reads are repeated when a write commits between them. */
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;
    private final FigureRepository figures;
    private final LiveVersions liveVersions;
    private final CodeListDirectory codeLists;

    PartRepository(DataSource dataSource, FigureRepository figures, LiveVersions liveVersions, CodeListDirectory codeLists) {
        this.dataSource = dataSource;
        this.figures = figures;
        this.liveVersions = liveVersions;
        this.codeLists = codeLists;
    }

    /**
     * The current figures of {@code category} in {@code year} for {@code region} (null: the
     * nation), whole and in parts, on {@code basis}. The whole is read by its own statement; the
     * parts name the data version they were read at, and both are read again until the two
     * versions agree, so that no answer sets parts of one moment against a whole of another.
     * Live parts ({@link #liveParts}) are read after them, along the dimensions of {@code by}.
     * As of a moment ({@code asOf} not null), the parts are those the audit trail held then
     * ({@link #AS_OF}), beside the whole as of the same moment, and the read is official.
     */
    public PartsRead read(Category category, int year, String region, Instant asOf, Basis basis, Set<Dimension> by) {
        FigureQuery query = FigureQuery.of(region == null ? Area.NATIONAL : Area.of(List.of(region)), year, year, asOf).on(basis);
        for (int attempt = 1; ; attempt++) {
            FigureSnapshot whole = figures.read(query).combined();
            Parts parts = parts(List.of(category), year, year, region, asOf);
            if (parts.version().equals(whole.version()) || attempt == ATTEMPTS) {
                Map<Breakdown, List<Figure>> chosen = parts.of(category);
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

    /**
     * The figures of {@code categories} in the years for {@code region} (null: the nation) counting
     * only what {@code filter} names: per dimension, the codes to add up (one code, or the codes of
     * a group, such as the five-year groups of 15-24). Each category's figure of a week or month is
     * the sum of its parts with those codes, read from the parts stored along exactly the filter's
     * dimensions, or where there are none, along those and one more (whose codes are added up too),
     * as a breakdown reads them. A figure that misses one of the parts it adds up is not complete;
     * where no part was stored, there is no figure (null, never 0). On basis live or best, live parts
     * take part as they do in a breakdown ({@link #combine}). No targets: a target is the whole's.
     */
    public FigureSnapshot filtered(Collection<Category> categories, int firstYear, int lastYear, String region, Instant asOf,
            Basis basis, Map<Dimension, List<String>> filter) {
        FigureQuery query = FigureQuery.of(region == null ? Area.NATIONAL : Area.of(List.of(region)), firstYear, lastYear, asOf)
                .on(basis);
        for (int attempt = 1; ; attempt++) {
            FigureSnapshot whole = figures.read(query).combined();
            Parts parts = parts(categories, firstYear, lastYear, region, asOf);
            if (parts.version().equals(whole.version()) || attempt == ATTEMPTS) {
                List<Figure> selected = new ArrayList<>();
                for (Category category : categories) {
                    Map<Breakdown, List<Figure>> chosen = parts.of(category);
                    if (query.readsLive() && liveVersions.mayHaveLive(firstYear, lastYear)) {
                        Map<Breakdown, List<Figure>> live = new HashMap<>();
                        for (int year = firstYear; year <= lastYear; year++) {
                            liveParts(category, year, region, filter.keySet()).forEach((breakdown, figures) ->
                                    live.computeIfAbsent(breakdown, b -> new ArrayList<>()).addAll(figures));
                        }
                        chosen = combine(basis, whole, chosen, live);
                    }
                    selected.addAll(select(chosen, filter));
                }
                return new FigureSnapshot(whole.version(), whole.latest(), region, firstYear, lastYear, selected, Map.of(), Map.of());
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
        Map<Cell, long[]> sums = new LinkedHashMap<>(); // per cell: the sum, how many parts, whether any is live
        for (Map.Entry<Breakdown, List<Figure>> entry : parts.entrySet()) {
            Breakdown breakdown = entry.getKey();
            if (!breakdown.dimensions().equals(along)
                    || !asked.stream().allMatch(dimension -> filter.get(dimension).contains(breakdown.code(dimension)))) {
                continue;
            }
            for (Figure figure : entry.getValue()) {
                long[] sum = sums.computeIfAbsent(figure.cell().total(), cell -> new long[3]);
                sum[0] += figure.amount();
                sum[1]++;
                sum[2] |= figure.provisional() ? 1 : 0;
            }
        }
        List<Figure> selected = new ArrayList<>(sums.size());
        int all = expected;
        sums.forEach((cell, sum) -> selected.add(new Figure(cell, sum[0], sum[1] == all, true, sum[2] == 1)));
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

    /** The parts read at one data version, by category and breakdown. */
    private record Parts(DataVersion version, Map<Category, Map<Breakdown, List<Figure>>> figures) {

        Map<Breakdown, List<Figure>> of(Category category) {
            return figures.getOrDefault(category, Map.of());
        }
    }

    private Parts parts(Collection<Category> categories, int firstYear, int lastYear, String region, Instant asOf) {
        DataVersion version = DataVersion.NONE;
        Map<Category, Map<Breakdown, List<Figure>>> figures = new EnumMap<>(Category.class);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(asOf == null ? CURRENT : region == null ? AS_OF : AS_OF_REGION)) {
            int next = 1;
            if (asOf != null) {
                select.setTimestamp(next++, Timestamp.from(asOf));
            }
            select.setInt(next++, firstYear);
            select.setInt(next++, lastYear);
            select.setArray(next++, connection.createArrayOf("varchar", categories.stream().map(Enum::name).toArray()));
            select.setString(next, region == null ? "" : region);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1).equals("V")) {
                        version = new DataVersion(rows.getLong(2), rows.getTimestamp(9).toInstant());
                        continue;
                    }
                    Breakdown breakdown = new Breakdown(rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8));
                    Category category = Category.valueOf(rows.getString(10));
                    Cell cell = new Cell(category, rows.getInt(11), rows.getInt(2), rows.getObject(3, Integer.class), region,
                            breakdown);
                    figures.computeIfAbsent(category, c -> new HashMap<>()).computeIfAbsent(breakdown, b -> new ArrayList<>())
                            .add(Figure.stored(cell, rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parts of the counts", e);
        }
        return new Parts(version, figures);
    }
}
