package id.go.kemnaker.karirhub.stats.series;

import java.util.Arrays;
import java.util.stream.Collectors;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

/** What a series shows of each period. */
public enum Transform {

    /** The value of the period. */
    NONE("none"),
    /** Year to date at the end of the period: resets each January, as the LAKIP reports progress. */
    CUMULATIVE("cumulative"),
    /** The value minus the previous period's. */
    CHANGE("change"),
    /** That difference in percent of the previous period's value. */
    PERCENT_CHANGE("percent-change"),
    /** The percent change against the same period a year earlier. */
    YEAR_OVER_YEAR("year-over-year");

    private final String id;

    Transform(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Transform parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        for (Transform transform : values()) {
            if (transform.id.equals(raw.trim())) {
                return transform;
            }
        }
        throw new InvalidParameterException("transform", "must be one of "
                + Arrays.stream(values()).map(Transform::id).collect(Collectors.joining(", "))
                + ", got '" + ClientText.abbreviate(raw) + "'");
    }
}
