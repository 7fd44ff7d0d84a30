package id.go.kemnaker.karirhub.stats.datasets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * Reads what the dataset metadata says about the stored data: for each category its first and
 * last reported period, nationally and by region, the years with targets and with realisations,
 * and from the audit trail when each series of figures was first written and last changed. One
 * SQL statement, like {@code statistics/StoredFigures}, so the data version and the coverage come
 * from one snapshot.
 *
 * <p>National datasets read national rows only ({@code region_code IS NULL}); the by-region ones
 * read regional rows only. Regional rows may run to a million, so nothing here scans them: the
 * first and last regional period of a category is one step down the index on (year, category,
 * month) from either end, the first province with figures one step down each regional key, the
 * regency level one probe of the regency index (all from V10), and the regional audit dates one
 * step along the audit trail's (changed_at, id) index from either end.
 *
 * <p>Every row has one shape: {@code kind} V (the data version), F / L (a category's first / last
 * national count: year, month, week, null for a month total), RF / RL (the same for regional
 * counts), RP (the first region code with a count of the category), RR (regency counts exist),
 * PF / PL (the first / last month with parts of a category, in count_breakdown, for the
 * categories of {@link #PARTS}; a year's first or last month is a scan of that year's parts of the
 * category, not of the table), Y (TARGET or REALISATION: first year in {@code year}, last year in {@code number}), A (an audit
 * key {@code SUBJECT:CODE} of national entries with its first and last entry time) or RA (a
 * category's regional entries, first and last time).
 */
@ApplicationScoped
public class StoredCoverage {

    /** The categories as SQL rows, for the lateral lookups one category at a time. */
    private static final String CATEGORIES = Arrays.stream(Category.values()).map(c -> "('" + c.name() + "')")
            .collect(Collectors.joining(", "));

    /**
     * The categories whose parts a dataset describes (the breakdowns of job seekers and vacancies,
     * the mismatch table's stocks), as an SQL array: only they are looked up in count_breakdown.
     */
    private static final String PARTS = "ARRAY['JOB_SEEKER', 'VACANCY', 'JOB_SEEKERS_REMAINING', 'VACANCIES_REMAINING']";

    static final String SQL = """
            WITH category(code) AS (VALUES %s),
            regional_first AS (
                SELECT c.code, f.year, f.month, f.week FROM category c
                  CROSS JOIN LATERAL (SELECT year, month, week FROM reported_count r
                                       WHERE r.category = c.code AND r.region_code IS NOT NULL
                                       ORDER BY year, month, week NULLS FIRST LIMIT 1) AS f)
            SELECT 'V' AS kind, NULL AS code, NULL::integer AS year, NULL::integer AS month, NULL::integer AS week,
                   id AS number, changed_at AS first_at, changed_at AS last_at
              FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
            UNION ALL
            SELECT * FROM (SELECT DISTINCT ON (category) 'F', category, year, month, week, NULL::bigint, NULL::timestamptz,
                                  NULL::timestamptz
                             FROM reported_count WHERE region_code IS NULL
                            ORDER BY category, year, month, week NULLS FIRST) AS first_count
            UNION ALL
            SELECT * FROM (SELECT DISTINCT ON (category) 'L', category, year, month, week, NULL::bigint, NULL::timestamptz,
                                  NULL::timestamptz
                             FROM reported_count WHERE region_code IS NULL
                            ORDER BY category, year DESC, month DESC, week DESC NULLS LAST) AS last_count
            UNION ALL
            SELECT 'RF', code, year, month, week, NULL, NULL, NULL FROM regional_first
            UNION ALL
            SELECT 'RL', c.code, l.year, l.month, l.week, NULL, NULL, NULL FROM regional_first c
              CROSS JOIN LATERAL (SELECT year, month, week FROM reported_count r
                                   WHERE r.category = c.code AND r.region_code IS NOT NULL
                                   ORDER BY year DESC, month DESC, week DESC NULLS LAST LIMIT 1) AS l
            UNION ALL
            SELECT 'RP', least(
                       (SELECT region_code FROM reported_count r WHERE r.region_code IS NOT NULL AND r.week IS NULL
                           AND r.category = c.code ORDER BY region_code LIMIT 1),
                       (SELECT region_code FROM reported_count r WHERE r.region_code IS NOT NULL AND r.week IS NOT NULL
                           AND r.category = c.code ORDER BY region_code LIMIT 1)) || ':' || c.code,
                   NULL, NULL, NULL, NULL, NULL, NULL
              FROM regional_first c
            UNION ALL
            SELECT 'RR', NULL, NULL, NULL, NULL, NULL, NULL, NULL
             WHERE EXISTS (SELECT 1 FROM reported_count WHERE length(region_code) = 5)
            UNION ALL
            SELECT 'Y', 'TARGET', min(year), NULL, NULL, max(year)::bigint, NULL, NULL FROM yearly_target HAVING count(*) > 0
            UNION ALL
            SELECT 'Y', 'REALISATION', min(year), NULL, NULL, max(year)::bigint, NULL, NULL FROM yearly_realisation
            HAVING count(*) > 0
            UNION ALL
            SELECT 'A', subject || ':' || coalesce(category, indicator), NULL, NULL, NULL, NULL, min(changed_at), max(changed_at)
              FROM audit_entry WHERE region_code IS NULL GROUP BY subject, coalesce(category, indicator)
            UNION ALL
            SELECT 'PF', p.code, p.year, (SELECT min(month) FROM count_breakdown b WHERE b.year = p.year AND b.category = p.code),
                   NULL, NULL, NULL, NULL
              FROM (SELECT c.code, (SELECT min(year) FROM count_breakdown b WHERE b.category = c.code) AS year
                      FROM category c WHERE c.code = ANY (%s)) AS p WHERE p.year IS NOT NULL
            UNION ALL
            SELECT 'PL', p.code, p.year, (SELECT max(month) FROM count_breakdown b WHERE b.year = p.year AND b.category = p.code),
                   NULL, NULL, NULL, NULL
              FROM (SELECT c.code, (SELECT max(year) FROM count_breakdown b WHERE b.category = c.code) AS year
                      FROM category c WHERE c.code = ANY (%s)) AS p WHERE p.year IS NOT NULL
            UNION ALL
            SELECT 'RA', c.code, NULL, NULL, NULL, NULL,
                   (SELECT changed_at FROM audit_entry a WHERE a.region_code IS NOT NULL AND a.subject = 'COUNT'
                       AND a.category = c.code ORDER BY changed_at, id LIMIT 1),
                   (SELECT changed_at FROM audit_entry a WHERE a.region_code IS NOT NULL AND a.subject = 'COUNT'
                       AND a.category = c.code ORDER BY changed_at DESC, id DESC LIMIT 1)
              FROM regional_first c
            """.formatted(CATEGORIES, PARTS, PARTS);

    /** First and last of something: periods, years or moments. */
    public record Span<T>(T first, T last) {
    }

    /**
     * What the regional counts cover: each category's first and last period, the first region
     * code with a count of it, whether any regency reported, and the first and last regional
     * audit entry of each category.
     */
    public record Regional(Map<Category, Span<Period>> counts, Map<Category, String> firstRegion, boolean regencies,
            Map<Category, Span<Instant>> audit) {
    }

    /** What the stored data covers, at one data version; {@code counts} and {@code audit} are national. */
    public record Coverage(DataVersion version, Map<Category, Span<Period>> counts, Map<String, Span<Integer>> years,
            Map<String, Span<Instant>> audit, Regional regional, Map<Category, Span<Period>> parts) {
    }

    private final DataSource dataSource;

    StoredCoverage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Coverage read() {
        DataVersion version = DataVersion.NONE;
        Map<Category, Period> first = new EnumMap<>(Category.class);
        Map<Category, Period> last = new EnumMap<>(Category.class);
        Map<Category, Period> regionalFirst = new EnumMap<>(Category.class);
        Map<Category, Period> regionalLast = new EnumMap<>(Category.class);
        Map<Category, String> firstRegion = new EnumMap<>(Category.class);
        Map<Category, Span<Instant>> regionalAudit = new EnumMap<>(Category.class);
        Map<Category, Period> partsFirst = new EnumMap<>(Category.class);
        Map<Category, Period> partsLast = new EnumMap<>(Category.class);
        boolean regencies = false;
        Map<String, Span<Integer>> years = new HashMap<>();
        Map<String, Span<Instant>> audit = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SQL);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString("code");
                switch (rows.getString("kind")) {
                    case "V" -> version = new DataVersion(rows.getLong("number"), rows.getTimestamp("last_at").toInstant());
                    case "F" -> first.put(Category.valueOf(code), period(rows));
                    case "L" -> last.put(Category.valueOf(code), period(rows));
                    case "RF" -> regionalFirst.put(Category.valueOf(code), period(rows));
                    case "RL" -> regionalLast.put(Category.valueOf(code), period(rows));
                    case "RP" -> {
                        String[] regionAndCategory = code.split(":", 2);
                        firstRegion.put(Category.valueOf(regionAndCategory[1]), regionAndCategory[0]);
                    }
                    case "RR" -> regencies = true;
                    case "PF" -> partsFirst.put(Category.valueOf(code), period(rows));
                    case "PL" -> partsLast.put(Category.valueOf(code), period(rows));
                    case "Y" -> years.put(code, new Span<>(rows.getInt("year"), (int) rows.getLong("number")));
                    case "A" -> audit.put(code, new Span<>(instant(rows.getTimestamp("first_at")),
                            instant(rows.getTimestamp("last_at"))));
                    case "RA" -> regionalAudit.put(Category.valueOf(code), new Span<>(instant(rows.getTimestamp("first_at")),
                            instant(rows.getTimestamp("last_at"))));
                    default -> throw new IllegalStateException("Unknown row kind " + rows.getString("kind"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the coverage of the datasets", e);
        }
        return new Coverage(version, spans(first, last), years, audit,
                new Regional(spans(regionalFirst, regionalLast), firstRegion, regencies, regionalAudit), spans(partsFirst, partsLast));
    }

    private static Map<Category, Span<Period>> spans(Map<Category, Period> first, Map<Category, Period> last) {
        Map<Category, Span<Period>> spans = new EnumMap<>(Category.class);
        first.forEach((category, period) -> spans.put(category, new Span<>(period, last.get(category))));
        return spans;
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
