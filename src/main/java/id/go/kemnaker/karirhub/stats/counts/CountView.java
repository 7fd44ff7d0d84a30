package id.go.kemnaker.karirhub.stats.counts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;

@Schema(name = "Count", description = "One stored count: people of a category in a reporting week, or in a month when week is null; "
        + "nationally, or in a region when region is set.")
public record CountView(
        @Schema(example = "JOB_SEEKER") Category category,
        @Schema(minimum = "2000", maximum = "2099", example = "2021") int year,
        @Schema(minimum = "1", maximum = "12", example = "1") int month,
        @Schema(nullable = true, minimum = "1", maximum = "4", example = "1",
                description = "Reporting week of the month (1 = Minggu I: days 1-7, 2: 8-14, 3: 15-21, 4: 22 to month end); "
                        + "null when the source reported only a month total")
        Integer week,
        @Schema(minimum = "0", example = "3770") long count,
        @Schema(nullable = true, description = "Kemendagri code of the province (32) or regency (32.73) the count is for; "
                + "null for a national count", example = "32.73") String region) {

    static CountView of(ReportedCount row) {
        return new CountView(row.category, row.year, row.month, row.week, row.amount, row.regionCode);
    }

    static CountView of(Cell cell, long count) {
        return new CountView(cell.category(), cell.year(), cell.month(), cell.week(), count, cell.region());
    }
}
