package id.go.kemnaker.karirhub.stats.reports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.statistics.LatestFigures;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.indicators.Unit;

/**
 * LAKIP Table 3.1 of a year: every indicator with its target, realisation and achievement.
 * Built by {@link #of} from the figures alone, so the same figures always make the same report,
 * whether they are today's or rebuilt as they stood at an earlier moment.
 */
@JsonPropertyOrder({ "year", "objective", "dataVersion", "dataAsOf", "rows", "progress" })
@Schema(name = "PerformanceReport")
public record PerformanceReport(int year, String objective, long dataVersion, String dataAsOf, List<Row> rows,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<LatestFigures> progress) {

    /** The Sasaran Kegiatan of Pusat Pasar Kerja in the Renstra 2020-2024 (Tables 2.1 and 3.1). */
    public static final String OBJECTIVE = "Meningkatnya Pelayanan Pasar Kerja";

    @JsonPropertyOrder({ "indicator", "name", "unit", "target", "realisation", "achievementPercent" })
    @Schema(name = "PerformanceReportRow")
    public record Row(Indicator indicator, String name, String unit, BigDecimal target, BigDecimal realisation,
            BigDecimal achievementPercent) {
    }

    /**
     * The report of {@code year} from the targets and realisations of that year; an indicator
     * missing from a map has no target or realisation (and so no achievement). Values are shown
     * in their shortest exact form (50.00 as 50), so equal figures give equal reports.
     */
    public static PerformanceReport of(int year, Map<Indicator, BigDecimal> targets, Map<Indicator, BigDecimal> realisations) {
        return of(year, targets, realisations, DataVersion.NONE, null);
    }

    /**
     * The report as above, saying which data version it reflects, with the in-year
     * {@code progress} of the computed indicators (null for a year that has ended).
     */
    public static PerformanceReport of(int year, Map<Indicator, BigDecimal> targets, Map<Indicator, BigDecimal> realisations,
            DataVersion version, List<LatestFigures> progress) {
        List<Row> rows = Arrays.stream(Indicator.values()).map(indicator -> {
            BigDecimal target = Unit.canonical(targets.get(indicator));
            BigDecimal realisation = Unit.canonical(realisations.get(indicator));
            return new Row(indicator, indicator.nameId(), indicator.unit().code(), target, realisation,
                    indicator.polarity().achievementPercent(target, realisation));
        }).toList();
        String asOf = version.id() == 0 ? null : version.changedAt().toString();
        return new PerformanceReport(year, OBJECTIVE, version.id(), asOf, rows, progress == null ? null : List.copyOf(progress));
    }
}
