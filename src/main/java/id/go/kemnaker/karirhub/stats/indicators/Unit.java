package id.go.kemnaker.karirhub.stats.indicators;

import java.math.BigDecimal;
import java.util.Optional;


/**
 * What an indicator's targets and realisations count, and which values make sense for it.
 * Values are exact decimals; the persons, users and reports are whole numbers.
 */
public enum Unit {

    INDEX("index", false),
    PERCENT("percent", false),
    PERSONS("persons", true),
    USERS("users", true),
    REPORTS("reports", true);

    /** Values stay below this (fifteen digits), so a whole-number figure always fits a long. */
    public static final BigDecimal UPPER_BOUND = new BigDecimal("1000000000000000");
    /** Decimals a value may carry (survey indices such as 86.35 need two; four leave room). */
    public static final int MAX_DECIMALS = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String code;
    private final boolean wholeNumbers;

    Unit(String code, boolean wholeNumbers) {
        this.code = code;
        this.wholeNumbers = wholeNumbers;
    }

    /** The name used in the API: index, percent, persons, users or reports. */
    public String code() {
        return code;
    }

    public boolean wholeNumbers() {
        return wholeNumbers;
    }

    /**
     * Why {@code value} does not fit this unit ("must be a whole number (persons)"), or empty when
     * it does; the value to store is then {@link #canonical(BigDecimal)}.
     */
    public Optional<String> misfit(BigDecimal value) {
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.signum() < 0) {
            return Optional.of("must be 0 or more");
        }
        if (value.compareTo(UPPER_BOUND) >= 0) {
            return Optional.of("must be less than " + UPPER_BOUND.toPlainString());
        }
        BigDecimal canonical = canonical(value);
        if (wholeNumbers && canonical.scale() > 0) {
            return Optional.of("must be a whole number (" + code + ")");
        }
        if (canonical.scale() > MAX_DECIMALS) {
            return Optional.of("must have at most " + MAX_DECIMALS + " decimals");
        }
        if (this == PERCENT && canonical.compareTo(HUNDRED) > 0) {
            return Optional.of("must be from 0 to 100 (percent)");
        }
        return Optional.empty();
    }

    /**
     * The shortest exact form of a value, never in exponent notation: 50.00 becomes 50, and
     * 2000000 stays 2000000 (not 2E+6), so equal figures render to equal bytes.
     */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
