package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * A value stored for an indicator and a year: a target ({@link YearlyTarget}), or a realisation
 * with the evidence it rests on ({@link YearlyRealisation}). Each table names the value's column
 * after what it holds.
 */
@MappedSuperclass
abstract class YearlyValue {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    Indicator indicator;

    @Column(nullable = false)
    int year;

    /** In the indicator's unit; stored without trailing zeros (see {@code Unit.canonical}). */
    @Column(nullable = false)
    BigDecimal value;

    @Column(nullable = false)
    int version;

    protected YearlyValue() {
    }

    YearlyValue(Indicator indicator, int year) {
        this.indicator = indicator;
        this.year = year;
    }

    BigDecimal value() {
        return value;
    }

    /** The note a realisation rests on; null for a target. */
    String evidence() {
        return null;
    }

    /** Takes a new value (and note); a stored row moves to its next version. */
    void change(BigDecimal value, String evidence) {
        if (this.value != null) {
            version++;
        }
        this.value = value;
    }
}
