package id.go.kemnaker.karirhub.stats.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * The stored counts of one year, arranged to answer "how many in this month / week", where
 * {@code null} means not reported. Sums add up only what was reported.
 */
final class CountsOfYear {

    /** A category that reported nothing in the year: never written. */
    private static final Long[][] NONE = new Long[13][5];
    private static final boolean[][] NONE_INCOMPLETE = new boolean[13][5];

    /**
     * Per category that reported anything: [month 1-12][0 = month total, 1-4 = weeks]. Made on a
     * category's first figure: a breakdown holds a year per member, and most members report a few
     * of the eleven categories.
     */
    private final Map<Category, Long[][]> cells = new EnumMap<>(Category.class);
    /** Per category, like {@link #cells}: true where the value is a regional sum some region is missing from. */
    private final Map<Category, boolean[][]> incomplete = new EnumMap<>(Category.class);
    /** Per category, like {@link #cells}: true where the value is a live figure; null until one is added. */
    private Map<Category, boolean[][]> provisional;

    void add(Figure figure) {
        Cell cell = figure.cell();
        int week = cell.week() == null ? 0 : cell.week();
        cells.computeIfAbsent(cell.category(), c -> new Long[13][5])[cell.month()][week] = figure.amount();
        incomplete.computeIfAbsent(cell.category(), c -> new boolean[13][5])[cell.month()][week] = !figure.complete();
        if (figure.provisional()) {
            if (provisional == null) {
                provisional = new EnumMap<>(Category.class);
            }
            provisional.computeIfAbsent(cell.category(), c -> new boolean[13][5])[cell.month()][week] = true;
        }
    }

    private Long[][] periods(Category category) {
        return cells.getOrDefault(category, NONE);
    }

    /** Whether the week's value is a live figure. */
    boolean weekProvisional(Category category, int month, int week) {
        boolean[][] live = provisional == null ? null : provisional.get(category);
        return live != null && live[month][week];
    }

    /** Whether the month's value ({@link #month}) holds a live figure. */
    boolean monthProvisional(Category category, int month) {
        boolean[][] live = provisional == null ? null : provisional.get(category);
        if (live == null) {
            return false;
        }
        for (int week = 0; week <= Period.WEEKS_PER_MONTH; week++) {
            if (live[month][week]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the week was reported, and by every region when it is a regional sum. */
    boolean weekComplete(Category category, int month, int week) {
        return periods(category)[month][week] != null && !incomplete.getOrDefault(category, NONE_INCOMPLETE)[month][week];
    }

    boolean reportedAsMonthTotal(Category category, int month) {
        return periods(category)[month][0] != null;
    }

    Long week(Category category, int month, int week) {
        return periods(category)[month][week];
    }

    /** The month total as reported, or the sum of the reported weeks; null when nothing was reported. */
    Long month(Category category, int month) {
        Long[] periods = periods(category)[month];
        if (periods[0] != null) {
            return periods[0];
        }
        Long sum = null;
        for (int week = 1; week <= Period.WEEKS_PER_MONTH; week++) {
            sum = plus(sum, periods[week]);
        }
        return sum;
    }

    /** Whether the whole month is known: a month total, or all four weeks, none of them an incomplete regional sum. */
    boolean monthComplete(Category category, int month) {
        Long[] periods = periods(category)[month];
        boolean[] partial = incomplete.getOrDefault(category, NONE_INCOMPLETE)[month];
        if (periods[0] != null) {
            return !partial[0];
        }
        for (int week = 1; week <= Period.WEEKS_PER_MONTH; week++) {
            if (periods[week] == null || partial[week]) {
                return false;
            }
        }
        return true;
    }

    /** The last week, or month reported as a total, of {@code category}; null when it reported nothing. */
    Period latestReported(Category category, int year) {
        Long[][] periods = periods(category);
        for (int month = 12; month >= 1; month--) {
            if (periods[month][0] != null) {
                return Period.month(year, month);
            }
            for (int week = 4; week >= 1; week--) {
                if (periods[month][week] != null) {
                    return Period.week(year, month, week);
                }
            }
        }
        return null;
    }

    /** Sum of the values that are not null; null when all are null. */
    static Long sumOfReported(List<Long> values) {
        Long sum = null;
        for (Long value : values) {
            sum = plus(sum, value);
        }
        return sum;
    }

    /** {@code sum + value}, a value not reported (null) adding nothing; null while nothing was reported. */
    static Long plus(Long sum, Long value) {
        if (value == null) {
            return sum; // not as a conditional expression: its type would be long, and a null sum would be unboxed
        }
        return sum == null ? value : Long.valueOf(sum + value);
    }
}
