package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * What a home page shows: the year to date of job seekers, employers and vacancies up to the
 * latest reported period, and where IKK 5 and IKK 6 stand. National figures have
 * {@code region} null, so that a regional answer can keep the same shape. The two dates are
 * java.time values: written wholly in META-INF/openapi.yaml (see the README).
 */
@Schema(name = "HeadlineFigures")
public record HeadlineFigures(Integer year, String region, String latestPeriod,
        @Schema(hidden = true) LocalDate latestPeriodStart, @Schema(hidden = true) LocalDate latestPeriodEnd, Long jobSeekers,
        Long employers, Long vacancies, Progress facilitatedWorkers, Progress serviceUsers, long dataVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

    @Schema(name = "IndicatorProgress")
    public record Progress(Indicator indicator, String latestPeriod, Long yearToDate, Long target, BigDecimal achievementPercent,
            Long proRataTarget, boolean complete, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

        static Progress of(LatestFigures latest) {
            return new Progress(latest.indicator(), latest.latestPeriod(), latest.yearToDate(), latest.target(),
                    latest.achievementPercent(), latest.proRataTarget(), latest.complete(), latest.status());
        }
    }
}
