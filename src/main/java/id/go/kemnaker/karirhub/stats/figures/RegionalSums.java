package id.go.kemnaker.karirhub.stats.figures;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * The adding-up rule, in one place: how the figures of lower regions make the figure of a higher
 * one. It is SQL, run by the database: the writer keeps its result in table
 * {@code regional_sum} ({@link #FROM_COUNTS}), versioned by the audit trail, and every read,
 * current or as of a moment, picks each member's figure with {@link #values} and adds up an
 * area of several regions with {@link #sums}, the text the writer uses for provinces and the
 * nation. Nothing in Java adds regions up.
 *
 * <p><b>A member's figure</b> in a month is what it stored itself; where it stored nothing in that
 * month, the sum of the regions below it: their month row when any of them gave a month total
 * (each child's month being its total or the sum of its weeks), else their week rows. A
 * regency has nothing below it; a province has its regencies; the nation its provinces.
 *
 * <p><b>A sum</b> of children, per parent ({@code NULL}: the nation), has
 * <ul>
 * <li>one row per reporting week: the children that have that week, added up;
 * <li>one row per month ({@code week} NULL): every child's month added up;
 * {@code month_totals} says how many children gave a month total.
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
     * expected, partial, month_totals)}: of the regencies of each province, and of the provinces'
     * figures for the nation, from the regional rows of a relation named {@code counts} with
     * columns {@code (region_code, category, year, month, week, amount)} that the caller defines
     * in a {@code WITH} clause before this text (which continues that clause).
     */
    public static final String FROM_COUNTS = """
            regency_value AS (
                SELECT substr(region_code, 1, 2) AS parent_code, region_code AS code, category, year, month, week, amount,
                       false AS partial
                  FROM counts WHERE length(region_code) = 5
            ), regency_sum AS (
            %s
            ), province_own AS (
                SELECT region_code AS code, category, year, month, week, amount FROM counts WHERE length(region_code) = 2
            ), province_below AS (
                SELECT parent_code AS code, category, year, month, week, amount, reporting, expected, partial, month_totals
                  FROM regency_sum
            ), province_value AS (
                SELECT NULL::varchar AS parent_code, v.code, v.category, v.year, v.month, v.week, v.amount, v.partial
                  FROM (%s) AS v
            ), province_sum AS (
            %s
            )
            SELECT * FROM regency_sum
            UNION ALL
            SELECT * FROM province_sum
            """.formatted(sums("regency_value", "g.parent_code = %s.parent_code"),
            values("province_own", "province_own", "province_below", false), sums("province_value", "g.level = 'PROVINCE'"));

    /**
     * A part of a count along dimensions as one text, its category and its four codes
     * ({@code JOB_SEEKER|P||SMK|}), from the columns of {@code count_breakdown}: given as the
     * category of {@link #FROM_COUNTS}'s {@code counts}, the rule adds up each part on its own, as
     * it adds up each category (the reads of parts and the writer's check of a region's parts
     * against its parent's).
     */
    public static final String PART_AS_CATEGORY = "category || '|' || coalesce(sex, '') || '|' || coalesce(age_group, '') || '|' "
            + "|| coalesce(education, '') || '|' || coalesce(occupation, '')";

    private RegionalSums() {
    }

    /** The cell of a part read back from its {@link #PART_AS_CATEGORY} text, in the period and region given. */
    public static Cell part(String text, int year, int month, Integer week, String region) {
        String[] codes = text.split("\\|", -1);
        Breakdown breakdown = new Breakdown(orNull(codes[1]), orNull(codes[2]), orNull(codes[3]), orNull(codes[4]));
        return new Cell(Category.valueOf(codes[0]), year, month, week, region, breakdown);
    }

    private static String orNull(String code) {
        return code.isEmpty() ? null : code;
    }

    /**
     * Each member's figure, as rows {@code (code, category, year, month, week, amount, partial,
     * stored)}: from relation {@code own} {@code (code, category, year, month, week, amount)},
     * what members stored themselves (none when null), and from relation {@code below}
     * {@code (code, category, year, month, week, amount, reporting, expected, partial,
     * month_totals)}, the sums of the regions below each member, used in the months where the
     * member stored nothing: the month row when a child gave a month total, else the week rows;
     * only month rows when {@code monthsOnly} (for answers about months, quarters or years, which
     * need no week). {@code code} is null for the nation.
     *
     * <p>Whether a member stored anything in a month is looked up in {@code storedIn}, a relation
     * with the columns of {@code own} ({@code own} itself for figures as of a moment), or with
     * {@code storedIn} null in {@code reported_count} itself, one probe of
     * {@code reported_count_month_kind_idx} per sum row: {@code own} is then read only once and
     * stays inline in the plan.
     */
    static String values(String own, String storedIn, String below, boolean monthsOnly) {
        // A month's week rows or its month row stand for it, by its month row's month_totals (week
        // rows carry 0): each row looks its month up among the month rows that count month totals,
        // a hashed subplan built once per statement, empty in the usual case. Measured with pgbench
        // on the nation's statement (2021, four regency years loaded): 5,110-5,520 statements a
        // second, where a window over the month (which sorts every row read) behind a gate run once
        // ran 4,070-4,270. Not a join: the planner, which sees a few rows in a WITH relation, would
        // loop over the month rows once per row (6.5 s instead of 0.5 s for a regency year's sums).
        String fromBelow = """
                SELECT b.code, b.category, b.year, b.month, b.week, b.amount,
                       NOT (b.reporting = b.expected AND b.partial = 0) AS partial, false AS stored
                  FROM %1$s AS b""".formatted(below) + (monthsOnly ? "\n WHERE b.week IS NULL" : """
                \n WHERE (b.week IS NULL) = ((coalesce(b.code, ''), b.category, b.year, b.month) IN (
                        SELECT coalesce(t.code, ''), t.category, t.year, t.month FROM %1$s AS t WHERE t.week IS NULL AND t.month_totals > 0))\
                """.formatted(below));
        if (own == null) {
            return fromBelow;
        }
        String stored = storedIn == null
                ? "SELECT 1 FROM reported_count AS r WHERE r.year = b.year AND r.category = b.category AND r.month = b.month\n"
                        + "                                      AND coalesce(r.region_code, '') = coalesce(b.code, '')"
                : "SELECT 1 FROM " + storedIn + " AS r WHERE coalesce(r.code, '') = coalesce(b.code, '')\n"
                        + "                                      AND r.category = b.category AND r.year = b.year AND r.month = b.month";
        return """
                SELECT o.code, o.category, o.year, o.month, o.week, o.amount, false AS partial, true AS stored FROM %s AS o
                UNION ALL
                %s
                   AND NOT EXISTS (%s)""".formatted(own, fromBelow, stored);
    }

    /**
     * The week rows and month rows of the children in relation {@code values}
     * {@code (parent_code, code, category, year, month, week, amount, partial)}, per parent;
     * {@code children} selects from {@code region AS g} the regions expected below a parent
     * ({@code %s} in it stands for the alias of the row being summed).
     */
    static String sums(String values, String children) {
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
                                   bool_or(v.partial) OR (NOT bool_or(v.week IS NULL) AND count(*) < %d) AS partial
                              FROM %s AS v GROUP BY v.parent_code, v.code, v.category, v.year, v.month) AS m
                     GROUP BY m.parent_code, m.category, m.year, m.month""".formatted(
                expected(children.formatted("v"), "v.year", "v.month", "v.week"), values,
                expected(children.formatted("m"), "m.year", "m.month", "NULL::integer"), Period.WEEKS_PER_MONTH, values);
    }

    /**
     * How many regions {@code where} selects that exist on at least one day of the reporting week
     * (or the month, when {@code week} is NULL), by the calendar of {@link Period}: weeks of
     * {@link Period#DAYS_PER_WEEK} days, the last of the {@link Period#WEEKS_PER_MONTH} running to
     * the month's end.
     */
    private static String expected(String where, String year, String month, String week) {
        int days = Period.DAYS_PER_WEEK;
        String start = "make_date(" + year + ", " + month + ", coalesce((" + week + " - 1) * " + days + " + 1, 1))";
        String end = "CASE WHEN " + week + " IS NULL OR " + week + " = " + Period.WEEKS_PER_MONTH + " THEN (make_date(" + year
                + ", " + month + ", 1) + interval '1 month - 1 day')::date ELSE make_date(" + year + ", " + month + ", " + week
                + " * " + days + ") END";
        return "SELECT count(*) FROM region AS g WHERE " + where + " AND (g.valid_from IS NULL OR g.valid_from <= " + end
                + ") AND (g.valid_to IS NULL OR g.valid_to >= " + start + ")";
    }
}
