package id.go.kemnaker.karirhub.stats.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Dimension;

/**
 * A category's count in one period and place, broken down along one or two dimensions: a cell
 * per combination of codes (each code a count is stored under), the whole beside them, and what
 * the cells leave of it ({@code unallocated}). The whole stays authoritative, as a parent's
 * figure does region by region: parts may add up to less, never more.
 *
 * @param complete whether the cells account for the whole: the whole is complete, nothing of it is
 *        unallocated, and every cell with a count covers the whole period (a code without a count
 *        then holds none of it)
 * @param summedOver for a breakdown along one dimension read from parts stored along two: the
 *        other dimension, whose codes each cell adds up; null when the parts were stored as asked
 *        (written wholly in META-INF/openapi.yaml: a nullable enum)
 * @param margins along two dimensions: each code's cells added up, beside the count stored for
 *        that code alone where there is one; empty along one dimension
 */
@Schema(name = "DimensionBreakdown")
public record DimensionBreakdown(Category measure, int year, Integer month, Integer week, String period, String region,
        List<Dimension> by, @Schema(hidden = true) Dimension summedOver, Long total, boolean totalComplete, Long allocated, Long unallocated,
        boolean complete, List<Row> cells, List<Margin> margins, long dataVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

    /** A code of a dimension with its names. */
    @Schema(name = "CodeName")
    public record CodeName(String code, String nameId, String nameEn) {
    }

    /** One combination of codes: the code of each dimension broken down by (the others are absent), and its count. */
    @Schema(name = "DimensionBreakdownCell")
    public record Row(@JsonInclude(JsonInclude.Include.NON_NULL) CodeName sex,
            @JsonInclude(JsonInclude.Include.NON_NULL) CodeName ageGroup,
            @JsonInclude(JsonInclude.Include.NON_NULL) CodeName education,
            @JsonInclude(JsonInclude.Include.NON_NULL) CodeName occupation, Long count, boolean complete,
            @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
    }

    /**
     * One code of one of two dimensions: its cells added up ({@code count}), the count stored for
     * the code alone ({@code reported}, null where none is), and what its cells leave of that.
     */
    @Schema(name = "DimensionBreakdownMargin")
    public record Margin(Dimension dimension, String code, String nameId, String nameEn, Long count, Long reported,
            Long unallocated) {
    }
}
