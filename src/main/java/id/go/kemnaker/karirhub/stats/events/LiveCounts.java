package id.go.kemnaker.karirhub.stats.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * Reads the live counts ({@code live_count}, V16): what events counted in each reporting week of
 * a year, nationally (every event, whether it named a region or not) or in regions (a province
 * with its regencies).
 */
@ApplicationScoped
public class LiveCounts {

    private static final String WEEKS = """
            SELECT month, week, sum(amount)::bigint FROM live_count
             WHERE year = ? AND category = ?
               AND (? OR region_code = ANY (?) OR (length(region_code) = 5 AND left(region_code, 2) = ANY (?)))
             GROUP BY month, week
            """;

    private final DataSource dataSource;

    LiveCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The live counts of {@code category} in each reporting week of {@code year}, indexed
     * [month 1-12][week 1-4], null where no event counted: nationally when {@code regions} is
     * empty, else in those regions together (a province counts its own events and its regencies').
     */
    public Long[][] weeks(Category category, int year, List<String> regions) {
        List<String> provinces = new ArrayList<>();
        for (String code : regions) {
            if (code.length() == 2) {
                provinces.add(code);
            }
        }
        Long[][] weeks = new Long[13][Period.WEEKS_PER_MONTH + 1];
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(WEEKS)) {
            statement.setInt(1, year);
            statement.setString(2, category.name());
            statement.setBoolean(3, regions.isEmpty());
            statement.setArray(4, connection.createArrayOf("varchar", regions.toArray()));
            statement.setArray(5, connection.createArrayOf("varchar", provinces.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    weeks[rows.getInt(1)][rows.getInt(2)] = rows.getLong(3);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the live counts", e);
        }
        return weeks;
    }
}
