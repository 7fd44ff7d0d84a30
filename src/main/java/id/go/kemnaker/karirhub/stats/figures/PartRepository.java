package id.go.kemnaker.karirhub.stats.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Cell;

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

    /** How often the two reads are repeated when a write commits between them. */
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;
    private final FigureRepository figures;

    PartRepository(DataSource dataSource, FigureRepository figures) {
        this.dataSource = dataSource;
        this.figures = figures;
    }

    /**
     * The current figures of {@code category} in {@code year} for {@code region} (null: the
     * nation), whole and in parts. The whole is read by its own statement; the parts name the data
     * version they were read at, and both are read again until the two versions agree, so that no
     * answer sets parts of one moment against a whole of another.
     */
    public PartsRead read(Category category, int year, String region) {
        FigureQuery query = FigureQuery.of(region == null ? Area.NATIONAL : Area.of(List.of(region)), year, year, null);
        for (int attempt = 1; ; attempt++) {
            FigureSnapshot whole = figures.read(query).combined();
            Parts parts = parts(category, year, region);
            if (parts.version().equals(whole.version()) || attempt == ATTEMPTS) {
                Map<Breakdown, FigureSnapshot> snapshots = new LinkedHashMap<>();
                parts.figures().forEach((breakdown, stored) -> snapshots.put(breakdown,
                        new FigureSnapshot(whole.version(), whole.latest(), region, year, year, stored, Map.of(), Map.of())));
                return new PartsRead(whole, snapshots);
            }
        }
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
