package id.go.kemnaker.karirhub.stats.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * Turns raw query and path parameters into values, or into a 400 that names the parameter and
 * the reason.
 *
 * <p>Resources take these parameters as strings on purpose: JAX-RS answers a query or path
 * parameter it cannot convert with a bare 404, which would tell a caller of {@code year=abc}
 * nothing.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static int requiredYear(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("year", "is required (an integer from 2000 to 2099)");
        }
        return year(raw);
    }

    public static Integer optionalYear(String raw) {
        return raw == null || raw.isBlank() ? null : year(raw);
    }

    public static int requiredMonth(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("month", "is required (an integer from 1 to 12)");
        }
        return integerInRange("month", raw, 1, 12);
    }

    public static int requiredWeek(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("week", "is required (an integer from 1 to 4)");
        }
        return integerInRange("week", raw, 1, 4);
    }

    public static Category requiredCategory(String raw) {
        Category category = optionalCategory(raw);
        if (category == null) {
            throw new InvalidParameterException("category", "is required");
        }
        return category;
    }

    public static Integer optionalMonth(String raw) {
        return raw == null || raw.isBlank() ? null : integerInRange("month", raw, 1, 12);
    }

    public static Category optionalCategory(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("category", "must be one of "
                    + Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", got '" + ClientText.abbreviate(raw) + "'");
        }
    }

    /** The indicator a path or query parameter names, or a 400 naming {@code name}. */
    public static Indicator requiredIndicator(String name, String raw) {
        String codes = Arrays.stream(Indicator.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException(name, "is required (one of " + codes + ")");
        }
        try {
            return Indicator.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "must be one of " + codes + ", got '" + ClientText.abbreviate(raw) + "'");
        }
    }

    /** An indicator computed from the counts (one with categories), or 400 naming {@code name}. */
    public static Indicator computedIndicator(String name, String raw) {
        String expected = "must be one of " + Arrays.stream(Indicator.values()).filter(i -> !i.categories().isEmpty())
                .map(Enum::name).collect(Collectors.joining(", "));
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException(name, "is required; it " + expected);
        }
        for (Indicator indicator : Indicator.values()) {
            if (indicator.name().equals(raw.trim()) && !indicator.categories().isEmpty()) {
                return indicator;
            }
        }
        throw new InvalidParameterException(name, expected + " (the indicators computed from counts), got '" + ClientText.abbreviate(raw) + "'");
    }

    /** A true/false switch such as {@code bom}; absent means false. */
    public static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, "must be true or false, got '" + ClientText.abbreviate(raw) + "'");
        };
    }

    /** The moments the service can look up: PostgreSQL's timestamps reach further, the data does not. */
    public static final Instant EARLIEST_MOMENT = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST_MOMENT = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * A past moment such as {@code asOf}: an ISO-8601 date and time with its offset
     * ({@code 2022-01-31T17:00:00+07:00} or {@code 2022-01-31T10:00:00Z}); absent means now. A
     * '+' typed unencoded in a URL arrives as a space, so a space before the offset is read
     * as '+'. A moment in the future is refused: what it will show is not known yet.
     */
    public static Instant optionalInstant(String name, String raw) {
        Instant instant = optionalMoment(name, raw);
        if (instant != null && instant.isAfter(Instant.now())) {
            throw new InvalidParameterException(name, "must not be in the future, got '" + ClientText.abbreviate(raw) + "'");
        }
        return instant;
    }

    /**
     * A moment such as the audit trail's {@code since}, past or future, from
     * {@link #EARLIEST_MOMENT} to {@link #LATEST_MOMENT}; absent means null.
     */
    public static Instant optionalMoment(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 date and time with an offset, such as "
                    + "2022-01-31T17:00:00+07:00 or 2022-01-31T10:00:00Z, got '" + ClientText.abbreviate(raw) + "'");
        }
        if (instant.isBefore(EARLIEST_MOMENT) || instant.isAfter(LATEST_MOMENT)) {
            throw new InvalidParameterException(name, "must lie from " + EARLIEST_MOMENT + " to " + LATEST_MOMENT
                    + ", got '" + ClientText.abbreviate(raw) + "'");
        }
        return instant;
    }

    /** A whole number from {@code min} to {@code max}, or null when absent. */
    public static Integer optionalInteger(String name, String raw, int min, int max) {
        return raw == null || raw.isBlank() ? null : integerInRange(name, raw, min, max);
    }

    private static int year(String raw) {
        return integerInRange("year", raw, Period.FIRST_YEAR, Period.LAST_YEAR);
    }

    /** A period parameter ({@code from}, {@code to}): 2021, 2021-Q3, 2021-10 or 2021-10-W3, or a 400 naming it. */
    public static Period period(String name, String raw) {
        return Period.of(raw).orElseThrow(() -> new InvalidParameterException(name, "must be a year (2021), a quarter "
                + "(2021-Q3), a month (2021-10) or a reporting week (2021-10-W3) of a year from " + Period.FIRST_YEAR + " to "
                + Period.LAST_YEAR + ", got '" + ClientText.abbreviate(raw) + "'"));
    }

    /** An interval parameter (week, month, quarter, year; any case), or a 400 naming it. */
    public static Interval interval(String name, String raw) {
        return Interval.of(raw).orElseThrow(() -> new InvalidParameterException(name, "must be one of " + Interval.ids()
                + ", got '" + ClientText.abbreviate(raw) + "'"));
    }

    /**
     * A whole number written with ASCII digits only: {@code Integer.parseInt} also takes a sign
     * and the digits of other scripts, which a strict contract does not.
     */
    private static int integerInRange(String name, String raw, int min, int max) {
        String digits = raw.trim();
        int value = 0;
        boolean valid = !digits.isEmpty() && digits.length() <= 9;
        for (int i = 0; valid && i < digits.length(); i++) {
            char c = digits.charAt(i);
            valid = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (!valid || value < min || value > max) {
            throw new InvalidParameterException(name, "must be an integer from " + min + " to " + max + ", got '"
                    + ClientText.abbreviate(raw) + "'");
        }
        return value;
    }
}
