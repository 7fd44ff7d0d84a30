package id.go.kemnaker.karirhub.stats.statistics;

/**
 * What the regions below a parent add up to: the rule by which a higher level is the sum of the
 * lower one where the higher level itself reported nothing in a month. The writer computes it
 * over the stored counts of the months it changed and keeps the result, versioned by the audit
 * trail, in table {@code regional_sum}; every read, current or as of a moment, reads that table.
 *
 * <p>A regency's value is its count. A province's value in a month is its own counts, or where it
 * stored nothing in that month, the sum of its regencies: their month totals when any regency
 * reported the month as a total, else their weeks. For each parent ({@code NULL}: the nation,
 * whose children are the provinces) the rows are:
 * <ul>
 * <li>one per reporting week: the children that have that week, added up;
 * <li>one per month ({@code week} NULL): every child's month added up, a child's month being its
 * month total or the sum of its weeks; {@code month_totals} says how many children gave a total.
 * </ul>
 * Each row says how many children reported ({@code reporting}), how many existed in the period
 * ({@code expected}: regions valid on at least one day of it) and how many of the reporting ones
 * were themselves incomplete ({@code partial}: a sum some region is missing from, or a month
 * with fewer than four weeks); a sum is complete when all expected children reported and none is
 * partial.
 */
public final class RegionalSums {

    /**
     * The sums as rows {@code (parent_code, category, year, month, week, amount, reporting,
     * expected, partial, month_totals)}, computed from the regional rows of a relation named
     * {@code counts} with columns {@code (region_code, category, year, month, week, amount)} that
     * the caller defines in a {@code WITH} clause before this text (which continues that clause).
     */
    public static final String FROM_COUNTS = """
            regency_value AS (
                SELECT substr(region_code, 1, 2) AS parent_code, region_code AS code, category, year, month, week, amount,
                       false AS partial
                  FROM counts WHERE length(region_code) = 5
            ), regency_sum AS (
            %s
            ), province_month AS (
                -- the months a province reported itself (few; a sum below it is then not its value)
                SELECT DISTINCT region_code, category, year, month FROM counts WHERE length(region_code) = 2
            ), province_value AS (
                SELECT NULL::varchar AS parent_code, region_code AS code, category, year, month, week, amount, false AS partial
                  FROM counts WHERE length(region_code) = 2
                UNION ALL
                SELECT NULL, s.parent_code, s.category, s.year, s.month, s.week, s.amount,
                       NOT (s.reporting = s.expected AND s.partial = 0)
                  FROM regency_sum AS s
                 WHERE (s.week IS NULL) = (s.month_totals > 0)
                   AND NOT EXISTS (SELECT 1 FROM province_month AS p WHERE p.region_code = s.parent_code
                                      AND p.category = s.category AND p.year = s.year AND p.month = s.month)
            ), province_sum AS (
            %s
            )
            SELECT * FROM regency_sum
            UNION ALL
            SELECT * FROM province_sum
            """.formatted(sums("regency_value", "g.parent_code = %s.parent_code"), sums("province_value", "g.level = 'PROVINCE'"));

    private RegionalSums() {
    }

    /** The week rows and month rows of the children values in relation {@code values}, per parent. */
    private static String sums(String values, String children) {
        return """
                    SELECT v.parent_code, v.category, v.year, v.month, v.week, sum(v.amount) AS amount, count(*)::integer AS reporting,
                           (%s)::integer AS expected, (count(*) FILTER (WHERE v.partial))::integer AS partial, 0 AS month_totals
                      FROM %s AS v WHERE v.week IS NOT NULL
                     GROUP BY v.parent_code, v.category, v.year, v.month, v.week
                    UNION ALL
                    SELECT m.parent_code, m.category, m.year, m.month, NULL::integer, sum(m.amount), count(*)::integer,
                           (%s)::integer, (count(*) FILTER (WHERE m.partial))::integer, (count(*) FILTER (WHERE m.total))::integer
                      FROM (SELECT v.parent_code, v.code, v.category, v.year, v.month, sum(v.amount) AS amount,
                                   bool_or(v.week IS NULL) AS total,
                                   bool_or(v.partial) OR (NOT bool_or(v.week IS NULL) AND count(*) < 4) AS partial
                              FROM %s AS v GROUP BY v.parent_code, v.code, v.category, v.year, v.month) AS m
                     GROUP BY m.parent_code, m.category, m.year, m.month""".formatted(
                expected(children.formatted("v"), "v.year", "v.month", "v.week"), values,
                expected(children.formatted("m"), "m.year", "m.month", "NULL::integer"), values);
    }

    /**
     * How many regions {@code where} selects that exist on at least one day of the reporting week
     * (or the month, when {@code week} is NULL): weeks are days 1-7, 8-14, 15-21, 22 to month end.
     */
    private static String expected(String where, String year, String month, String week) {
        String start = "make_date(" + year + ", " + month + ", coalesce((" + week + " - 1) * 7 + 1, 1))";
        String end = "CASE WHEN " + week + " IS NULL OR " + week + " = 4 THEN (make_date(" + year + ", " + month
                + ", 1) + interval '1 month - 1 day')::date ELSE make_date(" + year + ", " + month + ", " + week + " * 7) END";
        return "SELECT count(*) FROM region AS g WHERE " + where + " AND (g.valid_from IS NULL OR g.valid_from <= " + end
                + ") AND (g.valid_to IS NULL OR g.valid_to >= " + start + ")";
    }
}
