package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import javax.sql.DataSource;

/**
 * Writes test rows straight into the database, for tests that need counts the 2021 migration
 * does not hold. Each test class uses years of its own, and removes them again.
 */
public final class CountsTable {

    private final DataSource dataSource;

    public CountsTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(String category, int year, int month, Integer week, long count) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO reported_count (id, category, year, month, week, amount) "
                        + "VALUES (nextval('reported_count_seq'), ?, ?, ?, ?, ?)")) {
            insert.setString(1, category);
            insert.setInt(2, year);
            insert.setInt(3, month);
            if (week == null) {
                insert.setNull(4, Types.INTEGER);
            } else {
                insert.setInt(4, week);
            }
            insert.setLong(5, count);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void insertTarget(String indicator, int year, long target) {
        execute("INSERT INTO yearly_target (id, indicator, year, target) VALUES (nextval('yearly_target_seq'), '"
                + indicator + "', " + year + ", " + target + ")");
    }

    public void deleteYear(int year) {
        execute("DELETE FROM reported_count WHERE year = " + year);
        execute("DELETE FROM yearly_target WHERE year = " + year);
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
