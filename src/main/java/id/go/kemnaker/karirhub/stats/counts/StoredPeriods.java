package id.go.kemnaker.karirhub.stats.counts;

import java.util.ArrayList;
import java.util.List;

/**
 * The periods a month holds in storage: its month total, or some of its four reporting weeks.
 * A set of five flags (bit 0 the month total, bits 1-4 the weeks), shared rather than allocated:
 * a write of a year of regencies by sex and education asks this of a hundred thousand months.
 */
record StoredPeriods(int bits) {

    private static final StoredPeriods[] ALL = new StoredPeriods[1 << 5];

    static {
        for (int bits = 0; bits < ALL.length; bits++) {
            ALL[bits] = new StoredPeriods(bits);
        }
    }

    static final StoredPeriods NONE = ALL[0];

    /** The period of a stored row: its week, or the month total when the week is null. */
    static StoredPeriods of(Integer week) {
        return ALL[1 << (week == null ? 0 : week)];
    }

    StoredPeriods and(StoredPeriods other) {
        return ALL[bits | other.bits];
    }

    boolean hasMonthTotal() {
        return (bits & 1) != 0;
    }

    boolean hasWeeks() {
        return (bits & ~1) != 0;
    }

    /** For messages: {@code a month total}, or {@code week counts (weeks 1, 3)}. */
    String describe() {
        if (hasMonthTotal()) {
            return "a month total";
        }
        List<String> weeks = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            if ((bits & (1 << week)) != 0) {
                weeks.add(String.valueOf(week));
            }
        }
        return "week counts (weeks " + String.join(", ", weeks) + ")";
    }
}
