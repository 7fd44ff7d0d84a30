package id.go.kemnaker.karirhub.stats.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    /** How often the two reads are repeated when a write commits between them. */
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;
    private final FigureRepository figures;
    private final LiveVersions liveVersions;

    PartRepository(DataSource dataSource, FigureRepository figures, LiveVersions liveVersions) {
        this.dataSource = dataSource;
        this.figures = figures;
        this.liveVersions = liveVersions;
    }

    /**
     * The current figures of {@code category} in {@code year} for {@code region} (null: the
     * nation), whole and in parts, on {@code basis}. The whole is read by its own statement; the
     * parts name the data version they were read at, and both are read again until the two
     * versions agree, so that no answer sets parts of one moment against a whole of another.
     * Live parts ({@link #liveParts}) are read after them, along the dimensions of {@code by}.
     */
    public PartsRead read(Category category, int year, String region, Basis basis, Set<Dimension> by) {
        FigureQuery query = FigureQuery.of(region == null ? Area.NATIONAL : Area.of(List.of(region)), year, year, null).on(basis);
        for (int attempt = 1; ; attempt++) {
            FigureSnapshot whole = figures.read(query).combined();
            Parts parts = parts(category, year, region);
            if (parts.version().equals(whole.version()) || attempt == ATTEMPTS) {
                Map<Breakdown, List<Figure>> chosen = parts.figures();
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

    private record Parts(DataVersion version, Map<Breakdown, List<Figure>> figures) {
    }

    private Parts parts(Category category, int year, String region) {
        DataVersion version = DataVersion.NONE;
        Map<Breakdown, List<Figure>> figures = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT 'V', id, NULL::integer, NULL::bigint, NULL, NULL, NULL, NULL, changed_at
                          FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
                        UNION ALL
                        SELECT 'P', month, week, amount, sex, age_group, education, occupation, NULL
                          FROM count_breakdown
                         WHERE year = ? AND category = ? AND coalesce(region_code, '') = ?
                        """)) {
            select.setInt(1, year);
            select.setString(2, category.name());
            select.setString(3, region == null ? "" : region);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1).equals("V")) {
                        version = new DataVersion(rows.getLong(2), rows.getTimestamp(9).toInstant());
                        continue;
                    }
                    Breakdown breakdown = new Breakdown(rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8));
                    Cell cell = new Cell(category, year, rows.getInt(2), rows.getObject(3, Integer.class), region, breakdown);
                    figures.computeIfAbsent(breakdown, b -> new ArrayList<>()).add(Figure.stored(cell, rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parts of the counts", e);
        }
        return new Parts(version, figures);
    }
}
