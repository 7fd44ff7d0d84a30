package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

/** A value stored for an indicator and a year: a target, or a realisation with its evidence. */
interface YearlyValue {

    /** In the indicator's unit, without trailing zeros. */
    BigDecimal value();

    /** The note a realisation rests on; null for a target. */
    String evidence();

    /** Takes a new value (and note); a stored row moves to its next version. */
    void change(BigDecimal value, String evidence);
}
