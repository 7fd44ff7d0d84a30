package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "Realisation", description = "What an indicator reached in a year, in its unit.")
public record RealisationView(
        @Schema(example = "DATA_UTILITY_INDEX") Indicator indicator,
        @Schema(minimum = "2000", maximum = "2099", example = "2021") int year,
        @Schema(minimum = "0", example = "50") BigDecimal realisation,
        @Schema(nullable = true, description = "The evidence note entered with a reported value; null for a computed indicator",
                example = "Survey of 400 respondents, Krejcie-Morgan, 5% error") String evidence,
        @Schema(description = "reported: entered by the planning team; computed: the sum of the year's KarirHub counts",
                enumeration = { "computed", "reported" }, example = "reported") String source) {

    static RealisationView of(YearlyRealisation row) {
        return new RealisationView(row.indicator, row.year, row.realisation, row.evidence, row.indicator.source().code());
    }
}
