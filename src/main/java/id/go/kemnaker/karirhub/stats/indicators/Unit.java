package id.go.kemnaker.karirhub.stats.indicators;

import java.math.BigDecimal;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

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
     * The value as stored and shown (trailing zeros dropped: 50.0 is 50), or a 400 naming
     * {@code field} when the value does not fit this unit.
     */
    public BigDecimal checked(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidParameterException(field, "is required");
        }
        if (value.signum() < 0) {
            throw new InvalidParameterException(field, "must be 0 or more");
        }
        if (value.compareTo(UPPER_BOUND) >= 0) {
            throw new InvalidParameterException(field, "must be less than " + UPPER_BOUND.toPlainString());
        }
        BigDecimal canonical = canonical(value);
        if (wholeNumbers && canonical.scale() > 0) {
            throw new InvalidParameterException(field, "must be a whole number (" + code + ")");
        }
        if (canonical.scale() > MAX_DECIMALS) {
            throw new InvalidParameterException(field, "must have at most " + MAX_DECIMALS + " decimals");
        }
        if (this == PERCENT && canonical.compareTo(HUNDRED) > 0) {
            throw new InvalidParameterException(field, "must be from 0 to 100 (percent)");
        }
        return canonical;
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
