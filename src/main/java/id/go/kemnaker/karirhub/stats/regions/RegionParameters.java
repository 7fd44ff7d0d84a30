package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ClientText;

/**
 * Parses the parameters of the region endpoints into values, or into a 400 that names the
 * parameter and the reason. Taken as strings, as everywhere in the API, so that a bad value gets a
 * problem body instead of the bare 404 JAX-RS would answer.
 */
final class RegionParameters {

    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private RegionParameters() {
    }

    /** {@code province} or {@code regency} (any case); null when absent. */
    static RegionLevel optionalLevel(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "province" -> RegionLevel.PROVINCE;
            case "regency" -> RegionLevel.REGENCY;
            default -> throw new InvalidParameterException("level", "must be province or regency, got '" + ClientText.abbreviate(raw) + "'");
        };
    }

    /** A day from 2000-01-01 to 2099-12-31 (ISO-8601, {@code 2021-06-30}); today in Jakarta when absent. */
    static LocalDate dateOrToday(String raw) {
        if (raw == null || raw.isBlank()) {
            return RegionDirectory.today();
        }
        String reason = "must be a date from 2000-01-01 to 2099-12-31 written yyyy-MM-dd, such as 2021-06-30, got '"
                + ClientText.abbreviate(raw) + "'";
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("date", reason);
        }
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new InvalidParameterException("date", reason);
        }
        return date;
    }

    /** A region code in either form ({@code 32.73} or {@code 3273}), canonical; 400 when not shaped like one. */
    static String code(String raw) {
        return RegionDirectory.canonicalCode(raw).orElseThrow(() -> new InvalidParameterException("code",
                "must be a Kemendagri region code: 2 digits for a province (32), 4 for a regency (32.73 or 3273), got '"
                        + ClientText.abbreviate(raw == null ? "" : raw) + "'"));
    }

    /** A province valid on {@code date}, by code or name; null when absent. */
    static RegionEntry optionalParent(String raw, RegionDirectory directory, LocalDate date) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return directory.resolve(raw, RegionLevel.PROVINCE, null, date);
        } catch (RegionNotResolvedException e) {
            throw new InvalidParameterException("parent", e.getMessage());
        }
    }

    /** A required text parameter such as {@code name}. */
    static String required(String name, String raw, String what) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException(name, "is required: " + what);
        }
        return raw;
    }
}
