package id.go.kemnaker.karirhub.stats.datasets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * Reads what the dataset metadata says about the stored data: for each category its first and
 * last reported period, the years with targets and with realisations, and from the audit trail
 * when each series of figures was first written and last changed. One SQL statement, like
 * {@code statistics/StoredFigures}, so the data version and the coverage come from one snapshot.
 *
 * <p>Every row has one shape: {@code kind} V (the data version), F / L (a category's first / last
 * reported count: year, month, week, null for a month total), Y (TARGET or REALISATION: first
 * year in {@code year}, last year in {@code number}) or A (an audit key
 * {@code SUBJECT:CODE} with its first and last entry time).
 */
@ApplicationScoped
public class StoredCoverage {

    static final String SQL = """
            SELECT 'V' AS kind, NULL AS code, NULL::integer AS year, NULL::integer AS month, NULL::integer AS week,
                   id AS number, changed_at AS first_at, changed_at AS last_at
              FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
            UNION ALL
            SELECT * FROM (SELECT DISTINCT ON (category) 'F', category, year, month, week, NULL::bigint, NULL::timestamptz,
                                  NULL::timestamptz
                             FROM reported_count ORDER BY category, year, month, week NULLS FIRST) AS first_count
            UNION ALL
            SELECT * FROM (SELECT DISTINCT ON (category) 'L', category, year, month, week, NULL::bigint, NULL::timestamptz,
                                  NULL::timestamptz
                             FROM reported_count ORDER BY category, year DESC, month DESC, week DESC NULLS LAST) AS last_count
            UNION ALL
            SELECT 'Y', 'TARGET', min(year), NULL, NULL, max(year)::bigint, NULL, NULL FROM yearly_target HAVING count(*) > 0
            UNION ALL
            SELECT 'Y', 'REALISATION', min(year), NULL, NULL, max(year)::bigint, NULL, NULL FROM yearly_realisation
            HAVING count(*) > 0
            UNION ALL
            SELECT 'A', subject || ':' || coalesce(category, indicator), NULL, NULL, NULL, NULL, min(changed_at), max(changed_at)
              FROM audit_entry GROUP BY subject, coalesce(category, indicator)
            """;

    /** First and last of something: periods, years or moments. */
    public record Span<T>(T first, T last) {
    }

    /** What the stored data covers, at one data version. */
    public record Coverage(DataVersion version, Map<Category, Span<Period>> counts, Map<String, Span<Integer>> years,
            Map<String, Span<Instant>> audit) {
    }

    private final DataSource dataSource;

    StoredCoverage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Coverage read() {
        DataVersion version = DataVersion.NONE;
        Map<Category, Period> first = new EnumMap<>(Category.class);
        Map<Category, Period> last = new EnumMap<>(Category.class);
        Map<String, Span<Integer>> years = new HashMap<>();
        Map<String, Span<Instant>> audit = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SQL);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                switch (rows.getString("kind")) {
                    case "V" -> version = new DataVersion(rows.getLong("number"), rows.getTimestamp("last_at").toInstant());
                    case "F" -> first.put(Category.valueOf(rows.getString("code")), period(rows));
                    case "L" -> last.put(Category.valueOf(rows.getString("code")), period(rows));
                    case "Y" -> years.put(rows.getString("code"), new Span<>(rows.getInt("year"), (int) rows.getLong("number")));
                    case "A" -> audit.put(rows.getString("code"), new Span<>(instant(rows.getTimestamp("first_at")),
                            instant(rows.getTimestamp("last_at"))));
                    default -> throw new IllegalStateException("Unknown row kind " + rows.getString("kind"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the coverage of the datasets", e);
        }
        Map<Category, Span<Period>> counts = new EnumMap<>(Category.class);
        first.forEach((category, period) -> counts.put(category, new Span<>(period, last.get(category))));
        return new Coverage(version, counts, years, audit);
    }

    private static Period period(ResultSet row) throws SQLException {
        int year = row.getInt("year");
        int month = row.getInt("month");
        Integer week = (Integer) row.getObject("week");
        return week == null ? Period.month(year, month) : Period.week(year, month, week);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
