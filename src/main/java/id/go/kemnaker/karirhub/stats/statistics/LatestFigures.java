package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/** The two dates are java.time values: written wholly in META-INF/openapi.yaml (see the README). */
@Schema(name = "LatestFigures")
public record LatestFigures(Indicator indicator, String region, Integer year, String latestPeriod,
        @Schema(hidden = true) LocalDate latestPeriodStart, @Schema(hidden = true) LocalDate latestPeriodEnd,
        Integer elapsedWeeks, Long yearToDate, boolean complete, Long target, BigDecimal achievementPercent, Long proRataTarget,
        Long projectedYearEnd, long dataVersion, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
}
