package id.go.kemnaker.karirhub.stats.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import id.go.kemnaker.karirhub.stats.counts.CountKey;

/**
 * The periods the rows of one file have reported so far, to catch a file contradicting itself: the
 * same period in the same region (or nationally) twice, or a region's (or the nation's) month
 * given both as weeks and as a month total (each reports a month at one granularity; levels may
 * differ; see {@code V10__counts_by_region.sql} and {@code CountWriter}).
 */
final class ReportedPeriods {

    private final Map<CountKey, Integer> lineOfPeriod = new HashMap<>();
    private final Map<CountKey, Integer> lineOfFirstWeek = new HashMap<>(); // by month (CountKey.monthKey())
    private final Map<CountKey, Integer> lineOfMonthTotal = new HashMap<>();

    /**
     * Records the row's period, unless an earlier row already makes it impossible.
     *
     * @return why the row contradicts an earlier one, or empty when it was recorded
     */
    Optional<String> claim(ImportRow row) {
        CountKey period = new CountKey(row.category(), row.year(), row.month(), row.week(), row.region());
        CountKey month = period.monthKey();
        Integer duplicated = lineOfPeriod.get(period);
        if (duplicated != null) {
            return Optional.of("duplicate of line " + duplicated);
        }
        if (row.week() == null && lineOfFirstWeek.containsKey(month)) {
            return Optional.of("line " + lineOfFirstWeek.get(month) + " already gives weeks for this month; "
                    + "give weeks or a month total, not both");
        }
        if (row.week() != null && lineOfMonthTotal.containsKey(month)) {
            return Optional.of("line " + lineOfMonthTotal.get(month) + " already gives a month total for this month; "
                    + "give weeks or a month total, not both");
        }
        lineOfPeriod.put(period, row.line());
        if (row.week() == null) {
            lineOfMonthTotal.put(month, row.line());
        } else {
            lineOfFirstWeek.putIfAbsent(month, row.line());
        }
        return Optional.empty();
    }
}
