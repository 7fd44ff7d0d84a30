package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "FacilitatedWorkersStatistics")
public record FacilitatedWorkersStatistics(Indicator indicator, int year, String region, Long total, boolean complete,
        Long target, BigDecimal achievementPercent, List<Month> months, long dataVersion) {

    @Schema(name = "FacilitatedWorkersMonth")
    public record Month(int month, Long total, List<Week> weeks) {
    }

    @Schema(name = "WeekCount")
    public record Week(int week, Long count) {
    }
}
