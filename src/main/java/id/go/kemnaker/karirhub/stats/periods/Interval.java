package id.go.kemnaker.karirhub.stats.periods;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


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

    /** The interval an id names (any case), or empty. */
    public static Optional<Interval> of(String id) {
        return Arrays.stream(values()).filter(interval -> interval.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Every id, for messages: week, month, quarter, year. */
    public static String ids() {
        return Arrays.stream(values()).map(Interval::id).collect(Collectors.joining(", "));
    }
}
