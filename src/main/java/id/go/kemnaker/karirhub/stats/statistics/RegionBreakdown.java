package id.go.kemnaker.karirhub.stats.statistics;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.regions.RegionLevel;

/**
 * An indicator of a year (or a month) region by region: the provinces with the national figure
 * above them, or the regencies of one province with the province's figure. The parent's figure
 * stays authoritative: what its regions do not account for is {@code unallocated}, never hidden.
 */
@Schema(name = "RegionBreakdown")
public record RegionBreakdown(Indicator indicator, int year, Integer month, RegionLevel level, String parent, Long total,
        Long unallocated, boolean complete, List<Row> rows, long dataVersion, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

    @Schema(name = "RegionBreakdownRow")
    public record Row(String region, String name, Long total, @Schema(ref = "CountsByCategory") Map<Category, Long> byCategory,
            boolean complete, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
    }
}
