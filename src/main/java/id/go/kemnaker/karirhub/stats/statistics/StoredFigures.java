package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * Reads {@link FigureSnapshot}s: the current figures from the stored tables, or the figures as
 * they stood at an earlier moment, replayed from the audit trail. Each read is one SQL
 * statement, so the data version and the figures come from the same database snapshot.
 *
 * <p>The rows of both statements have one shape: {@code kind} V (the data version the figures
 * reflect), L (as of a moment only: the latest data version), C (a count),
 * T (a target) or R (a realisation entered for a reported indicator), then code, year, month,
 * week, value and the version's time.
 */
@ApplicationScoped
public class StoredFigures {

    /** The current figures. {@code bench/facilitated-workers-2021.sql} runs this statement. */
    static final String CURRENT = """
            SELECT 'V' AS kind, NULL AS code, NULL::integer AS year, NULL::integer AS month, NULL::integer AS week,
                   id AS value, changed_at
              FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
            UNION ALL
            SELECT 'C', category, year, month, week, amount, NULL FROM reported_count WHERE year BETWEEN ? AND ?
            UNION ALL
            SELECT 'T', indicator, year, NULL, NULL, target, NULL FROM yearly_target WHERE year BETWEEN ? AND ?
            UNION ALL
            SELECT 'R', indicator, year, NULL, NULL, realisation, NULL FROM yearly_realisation WHERE year BETWEEN ? AND ?
            """;

    /**
     * The figures as of a moment: the version is the last audit entry written at or before it;
     * each count, target and realisation takes the new value of its last entry up to that
     * version, and one whose last entry removed it (new value null) is left out.
     */
    static final String AS_OF = """
            WITH version AS (
                SELECT id, changed_at FROM audit_entry WHERE changed_at <= ? ORDER BY changed_at DESC, id DESC LIMIT 1
            ), state AS (
                SELECT DISTINCT ON (subject, category, indicator, year, month, week)
                       subject, coalesce(category, indicator) AS code, year, month, week, new_value
                  FROM audit_entry
                 WHERE id <= (SELECT id FROM version) AND year BETWEEN ? AND ?
                 ORDER BY subject, category, indicator, year, month, week, id DESC
            )
            SELECT 'V' AS kind, NULL AS code, NULL::integer AS year, NULL::integer AS month, NULL::integer AS week,
                   id AS value, changed_at
              FROM version
            UNION ALL
            SELECT 'L', NULL, NULL, NULL, NULL, id, changed_at
              FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
            UNION ALL
            SELECT CASE subject WHEN 'COUNT' THEN 'C' WHEN 'TARGET' THEN 'T' ELSE 'R' END, code, year, month, week, new_value, NULL
              FROM state WHERE new_value IS NOT NULL
            """;

    private final DataSource dataSource;

    StoredFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The current counts, targets and realisations of the years {@code firstYear} to {@code lastYear}. */
    public FigureSnapshot current(int firstYear, int lastYear) {
        return read(CURRENT, firstYear, lastYear, statement -> {
            statement.setInt(1, firstYear);
            statement.setInt(2, lastYear);
            statement.setInt(3, firstYear);
            statement.setInt(4, lastYear);
            statement.setInt(5, firstYear);
            statement.setInt(6, lastYear);
        });
    }

    /** The counts, targets and realisations of those years as they stood at {@code asOf}; none before the first entry. */
    public FigureSnapshot asOf(Instant asOf, int firstYear, int lastYear) {
        return read(AS_OF, firstYear, lastYear, statement -> {
            statement.setTimestamp(1, Timestamp.from(asOf));
            statement.setInt(2, firstYear);
            statement.setInt(3, lastYear);
        });
    }

    /** The figures as of {@code asOf} when given, otherwise the current ones. */
    public FigureSnapshot read(Instant asOf, int firstYear, int lastYear) {
        return asOf == null ? current(firstYear, lastYear) : asOf(asOf, firstYear, lastYear);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private FigureSnapshot read(String sql, int firstYear, int lastYear, Binder binder) {
        DataVersion version = DataVersion.NONE;
        DataVersion latest = null;
        List<FigureSnapshot.Count> counts = new ArrayList<>();
        Map<Indicator, Map<Integer, BigDecimal>> targets = new EnumMap<>(Indicator.class);
        Map<Indicator, Map<Integer, BigDecimal>> realisations = new EnumMap<>(Indicator.class);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "V" -> version = new DataVersion(rows.getLong(6), rows.getTimestamp(7).toInstant());
                        case "L" -> latest = new DataVersion(rows.getLong(6), rows.getTimestamp(7).toInstant());
                        case "C" -> counts.add(new FigureSnapshot.Count(Category.valueOf(rows.getString(2)), rows.getInt(3),
                                rows.getInt(4), (Integer) rows.getObject(5), rows.getLong(6)));
                        case "T" -> targets.computeIfAbsent(Indicator.valueOf(rows.getString(2)), i -> new HashMap<>())
                                .put(rows.getInt(3), rows.getBigDecimal(6));
                        case "R" -> realisations.computeIfAbsent(Indicator.valueOf(rows.getString(2)), i -> new HashMap<>())
                                .put(rows.getInt(3), rows.getBigDecimal(6));
                        default -> throw new IllegalStateException("Unknown row kind " + rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored figures", e);
        }
        return new FigureSnapshot(version, latest != null ? latest : version, firstYear, lastYear, counts, targets, realisations);
    }
}
