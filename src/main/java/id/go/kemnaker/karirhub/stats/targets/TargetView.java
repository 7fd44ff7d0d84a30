package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "Target", description = "The yearly target of an indicator, in its unit.")
public record TargetView(
        @Schema(example = "FACILITATED_WORKERS") Indicator indicator,
        @Schema(minimum = "2000", maximum = "2099", example = "2021") int year,
        @Schema(minimum = "0", example = "2000000") BigDecimal target) {

    static TargetView of(YearlyTarget row) {
        return new TargetView(row.indicator, row.year, row.target);
    }
}
