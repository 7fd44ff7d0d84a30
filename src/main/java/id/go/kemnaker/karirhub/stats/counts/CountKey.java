package id.go.kemnaker.karirhub.stats.counts;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * Which number: a category in a reporting week of a month, or in the whole month when week is
 * null; nationally when region is null, else in the province or regency with that canonical
 * Kemendagri code ({@code 32}, {@code 32.73}).
 */
public record CountKey(Category category, int year, int month, Integer week, String region) {

    /** A national count. */
    public CountKey(Category category, int year, int month, Integer week) {
        this(category, year, month, week, null);
    }

    public boolean isMonthTotal() {
        return week == null;
    }

    public boolean isNational() {
        return region == null;
    }

    /** The month this key belongs to, whatever its week (same region): where the one-granularity rule applies. */
    public CountKey monthKey() {
        return new CountKey(category, year, month, null, region);
    }

    /** The same period and category, whatever the region. */
    public CountKey periodKey() {
        return new CountKey(category, year, month, week, null);
    }

    /** The reporting week, or the month for a month total. */
    public Period period() {
        return week == null ? Period.month(year, month) : Period.week(year, month, week);
    }

    /**
     * For messages: {@code JOB_SEEKER 2021-03 week 2}, {@code EMPLOYER 2021-03 month total}, and
     * for a region {@code JOB_SEEKER 2021-03 week 2 in region 32.73}.
     */
    public String describe() {
        return category + " " + year + "-" + (month < 10 ? "0" : "") + month + (week == null ? " month total" : " week " + week)
                + (region == null ? "" : " in region " + region);
    }
}
