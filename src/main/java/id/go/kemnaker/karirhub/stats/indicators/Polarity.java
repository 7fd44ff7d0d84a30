package id.go.kemnaker.karirhub.stats.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether more is better, and with it how the achievement (capaian) of a realisation against
 * its target is computed. Results are percentages rounded HALF_UP to 2 decimals, or
 * {@code null} when the target or the realisation is missing.
 */
public enum Polarity {

    /** realisation ÷ target × 100; no percentage of a zero target. */
    HIGHER_IS_BETTER("higher-is-better") {
        @Override
        BigDecimal percentOfPresent(BigDecimal target, BigDecimal realisation) {
            if (target.signum() == 0) {
                return null;
            }
            return realisation.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
        }
    },

    /**
     * Target 0 (zero data breach): 100 when the realisation is 0, otherwise 0. A positive
     * target: (2 × target − realisation) ÷ target × 100, never below 0.
     */
    LOWER_IS_BETTER("lower-is-better") {
        @Override
        BigDecimal percentOfPresent(BigDecimal target, BigDecimal realisation) {
            if (target.signum() == 0) {
                return realisation.signum() == 0 ? HUNDRED.setScale(2) : BigDecimal.ZERO.setScale(2);
            }
            BigDecimal headroom = target.multiply(TWO).subtract(realisation);
            if (headroom.signum() <= 0) {
                return BigDecimal.ZERO.setScale(2);
            }
            return headroom.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
        }
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final String code;

    Polarity(String code) {
        this.code = code;
    }

    /** The name used in the API: higher-is-better or lower-is-better. */
    public String code() {
        return code;
    }

    /** The achievement in percent, HALF_UP to 2 decimals; null when either figure is missing. */
    public BigDecimal achievementPercent(BigDecimal target, BigDecimal realisation) {
        if (target == null || realisation == null) {
            return null;
        }
        return percentOfPresent(target, realisation);
    }

    abstract BigDecimal percentOfPresent(BigDecimal target, BigDecimal realisation);
}
