package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "Target")
public record TargetView(Indicator indicator, int year, BigDecimal target) {

    static TargetView of(YearlyTarget row) {
        return new TargetView(row.indicator, row.year, row.value);
    }
}
