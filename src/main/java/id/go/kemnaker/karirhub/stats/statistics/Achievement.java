package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Capaian: how much of a target was reached, in percent. */
final class Achievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Achievement() {
    }

    /** total ÷ target × 100, HALF_UP to 2 decimals; null without a total or without a positive target. */
    static BigDecimal percent(Long total, Long target) {
        if (total == null || target == null || target == 0) {
            return null;
        }
        return BigDecimal.valueOf(total).multiply(HUNDRED).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
    }
}
