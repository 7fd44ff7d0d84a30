package id.go.kemnaker.karirhub.stats.counts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;

@Schema(name = "BatchItem", description = "One count of a batch; week null (or absent) for a month total.")
public record BatchItem(
        @NotNull(message = "is required") @Schema(required = true, example = "JOB_SEEKER") Category category,
        @NotNull(message = "is required") @Min(value = 2000, message = "must be from 2000 to 2099")
        @Max(value = 2099, message = "must be from 2000 to 2099") @Schema(required = true, example = "2021") Integer year,
        @NotNull(message = "is required") @Min(value = 1, message = "must be from 1 to 12")
        @Max(value = 12, message = "must be from 1 to 12") @Schema(required = true, example = "1") Integer month,
        @Min(value = 1, message = "must be from 1 to 4, or null for a month total")
        @Max(value = 4, message = "must be from 1 to 4, or null for a month total")
        @Schema(nullable = true, example = "1") Integer week,
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more")
        @Schema(required = true, minimum = "0", example = "3770") Long count) {

    CountKey key() {
        return new CountKey(category, year, month, week);
    }
}
