package id.go.kemnaker.karirhub.stats.counts;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.Dimension;

/**
 * A count as the API shows it; a part of a count along dimensions names its codes too (the
 * fields are absent for the count of a whole category).
 */
@Schema(name = "Count")
public record CountView(Category category, int year, int month, Integer week, long count, String region,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sex, @JsonInclude(JsonInclude.Include.NON_NULL) String ageGroup,
        @JsonInclude(JsonInclude.Include.NON_NULL) String education,
        @JsonInclude(JsonInclude.Include.NON_NULL) String occupation,
        @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

    static CountView of(Cell cell, long count) {
        return of(cell, count, false);
    }

    /** A stored count, or what events counted in a cell ({@code provisional}: status provisional). */
    static CountView of(Cell cell, long count, boolean provisional) {
        Breakdown part = cell.breakdown();
        return new CountView(cell.category(), cell.year(), cell.month(), cell.week(), count, cell.region(), part.sex(),
                part.ageGroup(), part.education(), part.occupation(), provisional ? "provisional" : null);
    }

    /** The query parameters that name the cell besides its path: its region and its dimension codes, in that order. */
    static Map<String, String> query(Cell cell) {
        Map<String, String> query = new LinkedHashMap<>();
        if (cell.region() != null) {
            query.put("region", cell.region());
        }
        for (Dimension dimension : cell.breakdown().dimensions()) {
            query.put(dimension.parameter(), cell.breakdown().code(dimension));
        }
        return query;
    }
}
