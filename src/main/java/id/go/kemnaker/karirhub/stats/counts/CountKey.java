package id.go.kemnaker.karirhub.stats.counts;

import id.go.kemnaker.karirhub.stats.categories.Category;

/** Which number: a category in a reporting week of a month, or in the whole month when week is null. */
public record CountKey(Category category, int year, int month, Integer week) {

    public boolean isMonthTotal() {
        return week == null;
    }

    /** The month this key belongs to, whatever its week. */
    public CountKey monthKey() {
        return new CountKey(category, year, month, null);
    }

    /** For messages: {@code JOB_SEEKER 2021-03 week 2} or {@code EMPLOYER 2021-03 month total}. */
    public String describe() {
        return category + " " + year + "-" + (month < 10 ? "0" : "") + month + (week == null ? " month total" : " week " + week);
    }
}
