package id.go.kemnaker.karirhub.stats.cells;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * One place a count is kept: a category in a reporting week of a month, or in the whole month
 * when {@code week} is null; nationally when {@code region} is null, else in the province or
 * regency with that canonical Kemendagri code ({@code 32}, {@code 32.73}); the whole category, or
 * the part of it a {@link Breakdown} names (women, with an SMK education). Writes, imports, the
 * audit trail and reads all name a count by it.
 */
public record Cell(Category category, int year, int month, Integer week, String region, Breakdown breakdown) {

    /**
     * The order the tables' keys keep cells in: year, category, region (the nation first), month,
     * week (the month total first), then the codes (each dimension's total first), as the key
     * indexes of count_breakdown and audit_entry's regional index order them. Rows written in
     * this order fill an index's pages one after the other; in a file's order (a month's regions,
     * then the next month) nearly every row lands on another page.
     */
    public static final Comparator<Cell> KEY_ORDER = Cell::compareKeys;

    /**
     * {@link #KEY_ORDER}, written out rather than chained from key extractors: a write sorts its
     * cells, and a regency year's 98,688 on a JVM that has not imported before took 0.5-0.9 s
     * more through the chain.
     */
    private static int compareKeys(Cell a, Cell b) {
        int order = Integer.compare(a.year, b.year);
        if (order == 0 && a.category != b.category) {
            order = a.category.name().compareTo(b.category.name());
        }
        if (order == 0) {
            order = compareNullsFirst(a.region, b.region);
        }
        if (order == 0) {
            order = Integer.compare(a.month, b.month);
        }
        if (order == 0) {
            order = a.week == null ? (b.week == null ? 0 : -1) : b.week == null ? 1 : Integer.compare(a.week, b.week);
        }
        if (order == 0 && a.breakdown != b.breakdown) {
            order = compareNullsFirst(a.breakdown.sex(), b.breakdown.sex());
            if (order == 0) {
                order = compareNullsFirst(a.breakdown.ageGroup(), b.breakdown.ageGroup());
            }
            if (order == 0) {
                order = compareNullsFirst(a.breakdown.education(), b.breakdown.education());
            }
            if (order == 0) {
                order = compareNullsFirst(a.breakdown.occupation(), b.breakdown.occupation());
            }
        }
        return order;
    }

    private static int compareNullsFirst(String a, String b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }

    public Cell {
        if (breakdown == null) {
            throw new IllegalArgumentException("A cell's breakdown is Breakdown.TOTAL, not null");
        }
    }

    /** The count of the whole category (no dimension named). */
    public Cell(Category category, int year, int month, Integer week, String region) {
        this(category, year, month, week, region, Breakdown.TOTAL);
    }

    /** A national count. */
    public static Cell national(Category category, int year, int month, Integer week) {
        return new Cell(category, year, month, week, null);
    }

    /**
     * A record's own hash ({@code 31 * h + field}) lets the month and the digits of a region code
     * cancel out (month 3 in 32.13 = month 4 in 32.03): the cells of a regional year fell into a few
     * thousand buckets. This one spreads the number fields apart before the region is mixed in;
     * equals stays the record's (it compares the same fields).
     */
    @Override
    public int hashCode() {
        long h = (((long) category.ordinal() * 10_000 + year) * 16 + month) * 8 + (week == null ? 0 : week);
        h = h * 0x9E3779B97F4A7C15L + (region == null ? 0 : region.hashCode());
        if (!breakdown.isTotal()) {
            h = h * 0x9E3779B97F4A7C15L + breakdown.hashCode();
        }
        return (int) (h ^ (h >>> 32));
    }

    /**
     * An empty hash map sized for {@code expected} cells: a write of a year of regencies keys
     * several maps by a hundred thousand cells, and one grown from 16 rehashes them all a dozen
     * times on the way (and can pile a few into one bucket while small).
     */
    public static <V> Map<Cell, V> hashMap(int expected) {
        return new HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    public boolean isMonthTotal() {
        return week == null;
    }

    public boolean isNational() {
        return region == null;
    }

    /** Whether this is the count of the whole category, not a part of it along a dimension. */
    public boolean isTotal() {
        return breakdown.isTotal();
    }

    /** The same period and region, the whole category: the total a breakdown is part of. */
    public Cell total() {
        return new Cell(category, year, month, week, region);
    }

    /** The same period, region and category, broken down as {@code other}. */
    public Cell withBreakdown(Breakdown other) {
        return new Cell(category, year, month, week, region, other);
    }

    /** The month this cell belongs to, whatever its week (same region and breakdown): where the one-granularity rule applies. */
    public Cell wholeMonth() {
        return new Cell(category, year, month, null, region, breakdown);
    }

    /** The same period, category and breakdown, whatever the region. */
    public Cell anyRegion() {
        return new Cell(category, year, month, week, null, breakdown);
    }

    /** The reporting week, or the month for a month total. */
    public Period period() {
        return week == null ? Period.month(year, month) : Period.week(year, month, week);
    }

    /**
     * For messages: {@code JOB_SEEKER 2021-03 week 2}, {@code EMPLOYER 2021-03 month total}, and
     * for a region {@code JOB_SEEKER 2021-03 week 2 in region 32.73}, for a part of the category
     * {@code JOB_SEEKER 2021-03 week 2 in region 32.73 (sex P, education SMK)}.
     */
    public String describe() {
        return category + " " + year + "-" + (month < 10 ? "0" : "") + month + (week == null ? " month total" : " week " + week)
                + (region == null ? "" : " in region " + region) + (breakdown.isTotal() ? "" : " (" + breakdown.describe() + ")");
    }
}
