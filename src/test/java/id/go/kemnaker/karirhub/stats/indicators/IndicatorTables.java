package id.go.kemnaker.karirhub.stats.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import id.go.kemnaker.karirhub.stats.counts.CountsTable;

/** Removes what a test stored for a year of its own (counts, targets, realisations), and finds its audit entries. */
public final class IndicatorTables {

    private final DataSource dataSource;

    public IndicatorTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The id of the newest audit entry: a test's own entries are those after it ({@code after=} in the audit feed). */
    public long lastAuditId() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM audit_entry");
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void deleteYear(int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM yearly_realisation WHERE year = ?")) {
            delete.setInt(1, year);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        new CountsTable(dataSource).deleteYear(year);
    }
}
