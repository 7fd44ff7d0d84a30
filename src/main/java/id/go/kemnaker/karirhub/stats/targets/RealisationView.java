package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "Realisation")
public record RealisationView(Indicator indicator, int year, BigDecimal realisation, String evidence, String source) {

    static RealisationView of(YearlyRealisation row) {
        return new RealisationView(row.indicator, row.year, row.value, row.evidence, row.indicator.source().code());
    }
}
