package id.go.kemnaker.karirhub.stats.periods;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

/** The length of a reporting period. A year has 48 reporting weeks: four per month. */
@Schema(name = "Interval", enumeration = {"week", "month", "quarter", "year"})
public enum Interval {

    WEEK(48), MONTH(12), QUARTER(4), YEAR(1);

    private final int perYear;

    Interval(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    /** The name in URLs and answers: week, month, quarter, year. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Interval parse(String parameter, String raw) {
        for (Interval interval : values()) {
            if (interval.id().equals(raw.trim().toLowerCase(Locale.ROOT))) {
                return interval;
            }
        }
        throw new InvalidParameterException(parameter, "must be one of "
                + Arrays.stream(values()).map(Interval::id).collect(Collectors.joining(", "))
                + ", got '" + ClientText.abbreviate(raw) + "'");
    }
}
