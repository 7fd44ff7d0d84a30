package id.go.kemnaker.karirhub.stats.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Finds where the audit trail stands, so a test can look at its own entries only ({@code after=} in the audit feed). */
public final class IndicatorTables {

    private final DataSource dataSource;

    public IndicatorTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The id of the newest audit entry: a test's own entries are those after it. */
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
}
