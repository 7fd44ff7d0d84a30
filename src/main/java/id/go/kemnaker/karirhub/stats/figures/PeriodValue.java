package id.go.kemnaker.karirhub.stats.figures;

/**
 * What was reported in a period: the sum of what was reported (null when nothing was), and
 * whether every week or month of every category in it was reported.
 */
public record PeriodValue(Long value, boolean complete) {

    public static final PeriodValue NOT_REPORTED = new PeriodValue(null, false);
}
