package id.go.kemnaker.karirhub.stats.counts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;

@Schema(name = "BatchItem", description = "One count of a batch; week null (or absent) for a month total, region null (or absent) "
        + "for a national count.")
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
        @Max(value = CountValue.MAX_COUNT, message = "must be at most 1000000000000")
        @Schema(required = true, minimum = "0", maximum = "1000000000000", example = "3770") Long count,
        @Schema(nullable = true, description = "Kemendagri code of a province (32) or regency (32.73 or 3273); absent or "
                + "null for a national count", example = "32.73") String region) {

    /** The cell, with the region canonical; a region code that is not one is a 400 naming the item. */
    Cell cell(String item, RegionDirectory regions) {
        return new Cell(category, year, month, week, RegionQuery.optionalCode(item + ".region", region, regions));
    }
}
