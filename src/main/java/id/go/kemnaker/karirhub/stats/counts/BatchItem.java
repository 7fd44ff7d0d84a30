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

@Schema(name = "BatchItem")
public record BatchItem(
        @NotNull(message = "is required") Category category,
        @NotNull(message = "is required") @Min(value = 2000, message = "must be from 2000 to 2099")
        @Max(value = 2099, message = "must be from 2000 to 2099") Integer year,
        @NotNull(message = "is required") @Min(value = 1, message = "must be from 1 to 12")
        @Max(value = 12, message = "must be from 1 to 12") Integer month,
        @Min(value = 1, message = "must be from 1 to 4, or null for a month total")
        @Max(value = 4, message = "must be from 1 to 4, or null for a month total") Integer week,
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more")
        @Max(value = CountValue.MAX_COUNT, message = "must be at most 1000000000000") Long count,
        String region) {

    /** The cell, with the region canonical; a region code that is not one is a 400 naming the item. */
    Cell cell(String item, RegionDirectory regions) {
        return new Cell(category, year, month, week, RegionQuery.optionalCode(item + ".region", region, regions));
    }
}
