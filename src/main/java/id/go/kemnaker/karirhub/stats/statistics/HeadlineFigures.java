package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * What a home page shows: the year to date of job seekers, employers and vacancies up to the
 * latest reported period, and where IKK 5 and IKK 6 stand. National figures have
 * {@code region} null, so that a regional answer can keep the same shape.
 */
@Schema(name = "HeadlineFigures", description = "The headline figures of a year so far, for a home page or a dashboard. "
        + "Every figure is null when nothing was reported.")
public record HeadlineFigures(
        @Schema(nullable = true, example = "2021", description = "The year of the latest reported period, or the year asked for")
        Integer year,
        @Schema(nullable = true, example = "32", description = "The region the figures cover; null: the whole country")
        String region,
        @Schema(nullable = true, example = "2021-12",
                description = "The latest period in which any category reported: a reporting week, or a month reported as a total")
        String latestPeriod,
        @Schema(nullable = true, example = "2021-12-01") LocalDate latestPeriodStart,
        @Schema(nullable = true, example = "2021-12-31") LocalDate latestPeriodEnd,
        @Schema(nullable = true, example = "1040746", description = "Active job seekers (Total Pencari Kerja), 1 January to the latest period")
        Long jobSeekers,
        @Schema(nullable = true, example = "15467", description = "Employers (Total Pemberi Kerja), year to date")
        Long employers,
        @Schema(nullable = true, example = "5051", description = "Job vacancies (Total Lowongan), year to date; null when none were reported")
        Long vacancies,
        @Schema(description = "IKK 5 so far") Progress facilitatedWorkers,
        @Schema(description = "IKK 6 so far") Progress serviceUsers,
        @Schema(example = "93", description = "The data version (last audit entry id) these figures reflect") long dataVersion) {

    @Schema(name = "IndicatorProgress", description = "Where a computed indicator stands at its own latest reported period.")
    public record Progress(
            @Schema(example = "FACILITATED_WORKERS") Indicator indicator,
            @Schema(nullable = true, example = "2021-12-W4") String latestPeriod,
            @Schema(nullable = true, example = "1040746") Long yearToDate,
            @Schema(nullable = true, example = "2000000") Long target,
            @Schema(nullable = true, example = "52.04", description = "yearToDate ÷ target × 100, HALF_UP to 2 decimals")
            BigDecimal achievementPercent,
            @Schema(nullable = true, example = "2000000", description = "target × elapsed reporting weeks ÷ 48, HALF_UP")
            Long proRataTarget,
            @Schema(example = "true", description = "false when a week or category up to the latest period was not reported")
            boolean complete) {

        static Progress of(LatestFigures latest) {
            return new Progress(latest.indicator(), latest.latestPeriod(), latest.yearToDate(), latest.target(),
                    latest.achievementPercent(), latest.proRataTarget(), latest.complete());
        }
    }
}
