package id.go.kemnaker.karirhub.stats.figures;

/**
 * What was reported in a period: the sum of what was reported (null when nothing was), whether
 * every week or month of every category in it was reported, and whether any part of the sum is a
 * live figure (provisional until the week is reported, {@link Basis}).
 */
public record PeriodValue(Long value, boolean complete, boolean provisional) {

    public static final PeriodValue NOT_REPORTED = new PeriodValue(null, false);

    /** The status an answer gives the value: {@code provisional} when a live figure is part of it, else none (null). */
    public String status() {
        return provisional ? "provisional" : null;
    }

    /** A value of reported figures only. */
    public PeriodValue(Long value, boolean complete) {
        this(value, complete, false);
    }
}
