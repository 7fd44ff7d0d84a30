package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "LatestFigures", description = "Where an indicator stands: its latest reported period and the year so far. "
        + "When nothing was reported, every figure but the target is null.")
public record LatestFigures(
        @Schema(example = "FACILITATED_WORKERS") Indicator indicator,
        @Schema(nullable = true, example = "32", description = "The region the figures cover: a Kemendagri code, or several "
                + "added up (comma separated), as asked with region=; null: the whole country")
        String region,
        @Schema(nullable = true, example = "2021", description = "The year of the latest reported period (or the year asked for)")
        Integer year,
        @Schema(nullable = true, example = "2021-12-W4",
                description = "The latest period with a reported count: a reporting week (2021-10-W3), or a month (2021-10) "
                        + "reported only as a month total")
        String latestPeriod,
        @Schema(nullable = true, example = "2021-12-22") LocalDate latestPeriodStart,
        @Schema(nullable = true, example = "2021-12-31") LocalDate latestPeriodEnd,
        @Schema(nullable = true, example = "48", minimum = "1", maximum = "48",
                description = "Reporting weeks of the year up to the end of the latest period (4 per month, 48 per year)")
        Integer elapsedWeeks,
        @Schema(nullable = true, example = "1040746", description = "Sum of what was reported from 1 January to the end of the latest period")
        Long yearToDate,
        @Schema(example = "true", description = "false when a week or category before the latest period was not reported")
        boolean complete,
        @Schema(nullable = true, example = "2000000", description = "The yearly target; null when none is set") Long target,
        @Schema(nullable = true, example = "52.04",
                description = "Achievement so far (capaian): yearToDate ÷ target × 100, HALF_UP to 2 decimals")
        BigDecimal achievementPercent,
        @Schema(nullable = true, example = "2000000",
                description = "The target pro rata to date: target × elapsedWeeks ÷ 48, HALF_UP to a whole number")
        Long proRataTarget,
        @Schema(nullable = true, example = "1040746",
                description = "Run-rate projection of the year-end total: yearToDate ÷ elapsedWeeks × 48, HALF_UP to a whole number")
        Long projectedYearEnd,
        @Schema(example = "93", description = "The data version (last audit entry id) these figures reflect") long dataVersion) {
}
