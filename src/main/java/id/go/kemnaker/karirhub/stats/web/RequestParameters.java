package id.go.kemnaker.karirhub.stats.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

/**
 * Turns raw query and path parameters into values, or into a 400 that names the parameter and
 * the reason.
 *
 * <p>Resources take these parameters as strings on purpose: JAX-RS answers a query or path
 * parameter it cannot convert with a bare 404, which would tell a caller of {@code year=abc}
 * nothing.
 */
public final class RequestParameters {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

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
                    + ", got '" + abbreviate(raw) + "'");
        }
    }

    private static int year(String raw) {
        return integerInRange("year", raw, FIRST_YEAR, LAST_YEAR);
    }

    private static int integerInRange(String name, String raw, int min, int max) {
        String reason = "must be an integer from " + min + " to " + max + ", got '" + abbreviate(raw) + "'";
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, reason);
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, reason);
        }
        return value;
    }

    /** Echoes at most 40 characters of what the caller sent, so a huge value cannot bloat the answer. */
    public static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
