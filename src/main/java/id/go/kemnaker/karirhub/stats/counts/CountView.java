package id.go.kemnaker.karirhub.stats.counts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;

@Schema(name = "Count")
public record CountView(Category category, int year, int month, Integer week, long count, String region) {

    static CountView of(ReportedCount row) {
        return new CountView(row.category, row.year, row.month, row.week, row.amount, row.regionCode);
    }

    static CountView of(Cell cell, long count) {
        return new CountView(cell.category(), cell.year(), cell.month(), cell.week(), count, cell.region());
    }
}
