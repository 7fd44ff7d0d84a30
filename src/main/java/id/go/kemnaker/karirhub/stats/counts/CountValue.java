package id.go.kemnaker.karirhub.stats.counts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountValue", description = "The value to store for one count.")
public record CountValue(
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more")
        @Schema(required = true, minimum = "0", example = "3770") Long count) {
}
