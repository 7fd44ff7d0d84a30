package id.go.kemnaker.karirhub.stats.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the way Indonesian reports print them: a dot between groups of thousands and a decimal
 * comma (1.040.746; 52,04). Written out here rather than taken from the JVM's locale data,
 * whose symbols for {@code id-ID} have changed between Java releases.
 */
final class IndonesianNumbers {

    private IndonesianNumbers() {
    }

    /** Every decimal the value has: 1040746 → 1.040.746, 86.35 → 86,35. */
    static String value(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder text = new StringBuilder(negative ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(whole.charAt(i));
        }
        if (point >= 0) {
            text.append(',').append(digits.substring(point + 1));
        }
        return text.toString();
    }

    /** A percentage with 2 decimals, or none when they are zero, as Table 3.1 prints it: 52,04% and 100%. */
    static String percent(BigDecimal percent) {
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.remainder(BigDecimal.ONE).signum() == 0;
        return value(whole ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded) + "%";
    }
}
