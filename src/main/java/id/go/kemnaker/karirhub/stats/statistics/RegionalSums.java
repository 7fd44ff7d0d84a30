package id.go.kemnaker.karirhub.stats.statistics;

/**
 * What the regions below a parent add up to, period by period: the rule by which a higher level
 * is the sum of the lower one where the higher level itself reported nothing. One SQL text, used
 * over the stored counts (kept in table {@code regional_sum} by the writer) and over the counts
 * replayed from the audit trail (a report as of a moment), so both apply the same rule.
 *
 * <p>A regency's value is its count. A province's value is its count, or where it has none,
 * the sum of its regencies' counts. Each sum row says how many children reported
 * ({@code reporting}), how many existed in the period ({@code expected}: regions valid on at
 * least one day of it) and how many of the reporting ones were themselves incomplete sums
 * ({@code partial}); a sum is complete when all expected children reported and none is partial.
 * Parent {@code NULL} is the nation, whose children are the provinces.
 */
public final class RegionalSums {

    /** The first and last day of a count's period: reporting weeks are days 1-7, 8-14, 15-21, 22 to month end. */
    private static final String PERIOD_START = "make_date(%1$s.year, %1$s.month, coalesce((%1$s.week - 1) * 7 + 1, 1))";
    private static final String PERIOD_END = "CASE WHEN %1$s.week IS NULL OR %1$s.week = 4 "
            + "THEN (make_date(%1$s.year, %1$s.month, 1) + interval '1 month - 1 day')::date "
            + "ELSE make_date(%1$s.year, %1$s.month, %1$s.week * 7) END";

    /**
     * The sums as rows {@code (parent_code, category, year, month, week, amount, reporting,
     * expected, partial)}, computed from the regional rows of a relation named {@code counts}
     * with columns {@code (region_code, category, year, month, week, amount)} that the caller
     * defines in a {@code WITH} clause before this text (which continues that clause).
     */
    public static final String FROM_COUNTS = """
            regency AS (
                SELECT substr(region_code, 1, 2) AS parent_code, category, year, month, week,
                       sum(amount) AS amount, count(*) AS reporting
                  FROM counts WHERE length(region_code) = 5
                 GROUP BY 1, 2, 3, 4, 5
            ), province AS (
                SELECT coalesce(p.region_code, r.parent_code) AS code, coalesce(p.category, r.category) AS category,
                       coalesce(p.year, r.year) AS year, coalesce(p.month, r.month) AS month,
                       CASE WHEN p.region_code IS NULL THEN r.week ELSE p.week END AS week,
                       coalesce(p.amount, r.amount) AS amount,
                       p.region_code IS NULL AND r.reporting < (%s) AS partial
                  FROM (SELECT * FROM counts WHERE length(region_code) = 2) AS p
                  FULL JOIN regency AS r
                    ON r.parent_code = p.region_code AND r.category = p.category AND r.year = p.year
                   AND r.month = p.month AND coalesce(r.week, 0) = coalesce(p.week, 0)
            )
            SELECT r.parent_code, r.category, r.year, r.month, r.week, r.amount, r.reporting::integer,
                   (%s)::integer AS expected, 0 AS partial
              FROM regency AS r
            UNION ALL
            SELECT NULL, p.category, p.year, p.month, p.week, sum(p.amount), count(*)::integer,
                   (%s)::integer, (count(*) FILTER (WHERE p.partial))::integer
              FROM province AS p
             GROUP BY p.category, p.year, p.month, p.week
            """.formatted(expected("g.parent_code = r.parent_code", "r"), expected("g.parent_code = r.parent_code", "r"),
            expected("g.level = 'PROVINCE'", "p"));

    private RegionalSums() {
    }

    /** How many regions {@code where} selects that exist on at least one day of the period of row {@code alias}. */
    private static String expected(String where, String alias) {
        return "SELECT count(*) FROM region AS g WHERE " + where
                + " AND (g.valid_from IS NULL OR g.valid_from <= " + PERIOD_END.formatted(alias) + ")"
                + " AND (g.valid_to IS NULL OR g.valid_to >= " + PERIOD_START.formatted(alias) + ")";
    }
}
