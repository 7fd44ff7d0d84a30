package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "FacilitatedWorkersStatistics")
public record FacilitatedWorkersStatistics(Indicator indicator, int year, String region, Long total, boolean complete,
        Long target, BigDecimal achievementPercent, List<Month> months, long dataVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

    @Schema(name = "FacilitatedWorkersMonth")
    public record Month(int month, Long total, List<Week> weeks, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
    }

    @Schema(name = "WeekCount")
    public record Week(int week, Long count, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
    }
}
