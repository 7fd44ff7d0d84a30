package id.go.kemnaker.karirhub.stats.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * Reads the live counts ({@code live_count}, V16: what KarirHub's events counted in each
 * reporting week and region) as figures, and sets them beside the reported ones for a read on
 * {@link Basis#LIVE} or {@link Basis#BEST}. A region's live figure is its own events and, for a
 * province, its regencies'; the nation's is every event, whether it named a region or not.
 */
@ApplicationScoped
public class LiveRepository {

    /** The nation's live figures (when :national), and each region's (or their sum, when :added). */
    private static final String FIGURES = """
            SELECT NULL::varchar AS code, category, year, month, week, sum(amount)::bigint FROM live_count
             WHERE ? AND year BETWEEN ? AND ?
             GROUP BY category, year, month, week
            UNION ALL
            SELECT CASE WHEN ? THEN NULL ELSE m.code END, l.category, l.year, l.month, l.week, sum(l.amount)::bigint
              FROM unnest(?::varchar[]) AS m (code)
              JOIN live_count AS l
                ON l.region_code = m.code OR (length(m.code) = 2 AND length(l.region_code) = 5 AND left(l.region_code, 2) = m.code)
             WHERE l.year BETWEEN ? AND ?
             GROUP BY 1, l.category, l.year, l.month, l.week
            """;

    private final DataSource dataSource;

    LiveRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The live figures of the query's members (the nation's, each region's, or the area's added up), by week. */
    List<Figure> figures(FigureQuery query) {
        boolean national = query.shape() == FigureQuery.Shape.NATION || query.shape() == FigureQuery.Shape.NATION_AND_REGIONS;
        List<String> regions = query.shape() == FigureQuery.Shape.NATION ? List.of() : query.area().regions();
        List<Figure> figures = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(FIGURES)) {
            statement.setBoolean(1, national);
            statement.setInt(2, query.firstYear());
            statement.setInt(3, query.lastYear());
            statement.setBoolean(4, query.shape() == FigureQuery.Shape.AREA);
            statement.setArray(5, connection.createArrayOf("varchar", regions.toArray()));
            statement.setInt(6, query.firstYear());
            statement.setInt(7, query.lastYear());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    figures.add(Figure.live(new Cell(Category.valueOf(rows.getString(2)), rows.getInt(3), rows.getInt(4),
                            rows.getInt(5), rows.getString(1)), rows.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the live counts", e);
        }
        return figures;
    }

    /**
     * The figures a read on {@code basis} answers with, from the reported ones and the live ones:
     * on {@link Basis#LIVE} the live ones alone; on {@link Basis#BEST} every reported figure, and
     * a live week wherever its member reported neither that week nor the month as a total.
     */
    static List<Figure> combine(Basis basis, List<Figure> reported, List<Figure> live) {
        if (basis == Basis.LIVE) {
            return live;
        }
        if (live.isEmpty()) {
            return reported;
        }
        Set<Cell> taken = new HashSet<>(reported.size() * 2);
        for (Figure figure : reported) {
            taken.add(figure.cell());
        }
        List<Figure> combined = new ArrayList<>(reported.size() + live.size());
        combined.addAll(reported);
        for (Figure figure : live) {
            if (!taken.contains(figure.cell()) && !taken.contains(figure.cell().wholeMonth())) {
                combined.add(figure);
            }
        }
        return combined;
    }

    /**
     * The live counts of {@code category} in each reporting week of {@code year}, indexed
     * [month 1-12][week 1-4], null where no event counted: nationally when {@code regions} is
     * empty, else in those regions together.
     */
    public Long[][] weeks(Category category, int year, List<String> regions) {
        Long[][] weeks = new Long[13][Period.WEEKS_PER_MONTH + 1];
        FigureQuery query = regions.isEmpty() ? FigureQuery.of(Area.NATIONAL, year, year, null)
                : new FigureQuery(FigureQuery.Shape.AREA, Area.of(regions), year, year, null, FigureQuery.Grain.WEEK);
        for (Figure figure : figures(query)) {
            if (figure.cell().category() == category) {
                weeks[figure.cell().month()][figure.cell().week()] = figure.amount();
            }
        }
        return weeks;
    }
}
