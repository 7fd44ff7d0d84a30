package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.figures.RegionalSums;

/**
 * Recomputes every current row of {@code regional_sum} from the counts stored, by the rule of
 * {@link RegionalSums} as this build has it: for a database whose sums were kept by an earlier
 * rule (migration {@code V12}). The months recomputed get a new version of their sums at the
 * latest audit entry, so figures as of any earlier moment still show the sums they showed then.
 */
public final class RegionalSumsRecount {

    private RegionalSumsRecount() {
    }

    /** Recounts on {@code connection}, in its transaction; answers how many months were recomputed. */
    public static int recount(Connection connection) throws SQLException {
        List<Cell> months = new ArrayList<>();
        long version;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT category, year, month FROM reported_count WHERE region_code IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                months.add(Cell.national(Category.valueOf(rows.getString(1)), rows.getInt(2), rows.getInt(3), null));
            }
        }
        try (PreparedStatement latest = connection.prepareStatement("SELECT max(id) FROM audit_entry");
                ResultSet rows = latest.executeQuery()) {
            rows.next();
            version = rows.getLong(1);
        }
        if (!months.isEmpty()) {
            new CountStore(connection).refreshRegionalSums(months, version);
        }
        return months.size();
    }

    /**
     * Computes table {@code part_sum} for every month that holds a regional part (migration
     * {@code V19}); answers how many months were summed.
     */
    public static int recountParts(Connection connection) throws SQLException {
        List<Cell> months = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT category, year, month FROM count_breakdown WHERE region_code IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                months.add(Cell.national(Category.valueOf(rows.getString(1)), rows.getInt(2), rows.getInt(3), null));
            }
        }
        new BreakdownStore(connection).refreshPartSums(months);
        return months.size();
    }
}
