package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "FacilitatedWorkersStatistics",
        description = "IKK 5, Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja: active job seekers of a year, by month and reporting week.")
public record FacilitatedWorkersStatistics(
        @Schema(example = "FACILITATED_WORKERS") Indicator indicator,
        @Schema(example = "2021") int year,
        @Schema(nullable = true, example = "32", description = "The region the figures cover: a Kemendagri code, or several "
                + "added up (comma separated), as asked with region=; null: the whole country")
        String region,
        @Schema(nullable = true, example = "1040746", description = "Sum of the reported counts; null when nothing was reported")
        Long total,
        @Schema(example = "true", description = "Whether every reporting week (or month total) of the year was reported, and for "
                + "a region, by every region below it that existed")
        boolean complete,
        @Schema(nullable = true, example = "2000000", description = "Target of the year; null when none is set (regions have "
                + "no targets)") Long target,
        @Schema(nullable = true, example = "52.04",
                description = "total ÷ target × 100, rounded HALF_UP to 2 decimals; null without total or target")
        BigDecimal achievementPercent,
        @Schema(description = "Always the 12 months, January first") List<Month> months,
        @Schema(example = "93", description = "The data version (last audit entry id) these figures reflect") long dataVersion) {

    @Schema(name = "FacilitatedWorkersMonth")
    public record Month(
            @Schema(minimum = "1", maximum = "12", example = "1") int month,
            @Schema(nullable = true, example = "11134", description = "Month total; null when not reported") Long total,
            @Schema(description = "The four reporting weeks (count null when that week was not reported); "
                    + "empty when the month was reported only as a month total")
            List<Week> weeks) {
    }

    @Schema(name = "WeekCount")
    public record Week(
            @Schema(minimum = "1", maximum = "4", example = "1", description = "Reporting week (Minggu I-IV)") int week,
            @Schema(nullable = true, example = "3770") Long count) {
    }
}
