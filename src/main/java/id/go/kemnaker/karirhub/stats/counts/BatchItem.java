package id.go.kemnaker.karirhub.stats.counts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
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
        String region,
        String sex,
        String ageGroup,
        String education,
        String occupation) {

    /**
     * The cell, with the region canonical and the dimension fields as codes; a region code that is
     * not one, or a field that names no code a count is stored under, is a 400 naming the item.
     */
    Cell cell(String item, RegionDirectory regions, CodeListDirectory codeLists) {
        return new Cell(category, year, month, week, RegionQuery.optionalCode(item + ".region", region, regions),
                BreakdownFields.of(item + ".", codeLists, sex, ageGroup, education, occupation));
    }
}
