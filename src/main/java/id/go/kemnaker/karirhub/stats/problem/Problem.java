package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem")
public record Problem(String type, String title, int status, String detail, String instance, List<?> errors,
        Integer errorCount) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The longest errors list an answer carries; a 5 MB file of bad rows must not give a 190 MB answer. */
    public static final int MAX_ERRORS = 1000;

    public Problem(String type, String title, int status, String detail, String instance, List<?> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /** A problem listing at most {@link #MAX_ERRORS} of {@code errors}, and how many there are in all. */
    public static Problem capped(String type, String title, int status, String detail, String instance, List<?> errors) {
        return errors.size() <= MAX_ERRORS ? new Problem(type, title, status, detail, instance, errors, errors.size())
                : new Problem(type, title, status, detail + " Only the first " + MAX_ERRORS + " of " + errors.size()
                        + " errors are listed.", instance, List.copyOf(errors.subList(0, MAX_ERRORS)), errors.size());
    }

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
