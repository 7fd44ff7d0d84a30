package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the kind of problem; see the README for the list",
                example = "urn:karirhub:problem:invalid-parameter") String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request parameter") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong in this request", example = "year must be an integer from 2000 to 2099, got 1899")
        String detail,
        @Schema(description = "Path of the request", example = "/api/v1/statistics/facilitated-workers") String instance,
        @Schema(nullable = true, type = SchemaType.ARRAY, description = "Each offending item: for a parameter or body field "
                + "{field, message}; for a CSV import {line, column, value, message}; for a conflict {item, message}")
        List<?> errors,
        @Schema(nullable = true, description = "How many errors there are in all; errors lists at most the first "
                + Problem.MAX_ERRORS + " (CSV imports)", example = "50000")
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

    @Schema(name = "FieldError", description = "One invalid field or parameter.")
    public record FieldError(
            @Schema(description = "Name of the parameter or body field", example = "year") String field,
            @Schema(description = "Why it was rejected", example = "must be an integer from 2000 to 2099, got 1899") String message) {
    }
}
