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
@Schema(name = "PerformanceReport", description = "LAKIP Table 3.1 (Pengukuran Indikator Kinerja) of a year: the seven "
        + "indicators in the order of the table, each with target, realisation and achievement.")
public record PerformanceReport(
        @Schema(minimum = "2000", maximum = "2099", example = "2021") int year,
        @Schema(description = "The objective (Sasaran Kegiatan) the indicators measure", example = PerformanceReport.OBJECTIVE)
        String objective,
        @Schema(example = "93", description = "The data version (last audit entry id) the figures reflect") long dataVersion,
        @Schema(example = "2026-11-27T08:00:00.123456Z", nullable = true, format = "date-time",
                description = "When that version was written (UTC); null before any data")
        String dataAsOf,
        @Schema(description = "Always the seven indicators, in the order of Table 3.1") List<Row> rows,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "Only for a year in progress (not yet ended at the moment of the data): where each "
                + "indicator computed from counts stands at its latest reported period: yearToDate, the target pro rata to date "
                + "(target × elapsedWeeks ÷ 48) and the run-rate projection of the year-end total (yearToDate ÷ elapsedWeeks × "
                + "48), as in GET /api/v1/statistics/latest")
        List<LatestFigures> progress) {

    /** The Sasaran Kegiatan of Pusat Pasar Kerja in the Renstra 2020-2024 (Tables 2.1 and 3.1). */
    public static final String OBJECTIVE = "Meningkatnya Pelayanan Pasar Kerja";

    @JsonPropertyOrder({ "indicator", "name", "unit", "target", "realisation", "achievementPercent" })
    @Schema(name = "PerformanceReportRow", description = "One indicator: a row of Table 3.1.")
    public record Row(
            @Schema(example = "FACILITATED_WORKERS") Indicator indicator,
            @Schema(description = "Indonesian name, as in Table 3.1",
                    example = "Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja") String name,
            @Schema(enumeration = { "index", "percent", "persons", "users", "reports" }, example = "persons") String unit,
            @Schema(nullable = true, minimum = "0", example = "2000000", description = "null when no target is set")
            BigDecimal target,
            @Schema(nullable = true, minimum = "0", example = "1040746",
                    description = "Entered by the planning team, or for a computed indicator the sum of the year's counts; "
                            + "null when there is none")
            BigDecimal realisation,
            @Schema(nullable = true, minimum = "0", example = "52.04", description = "Capaian, HALF_UP to 2 decimals. "
                    + "higher-is-better: realisation ÷ target × 100 (null for a target of 0). lower-is-better with target 0: "
                    + "100 when the realisation is 0, otherwise 0. lower-is-better with a positive target: (2 × target − "
                    + "realisation) ÷ target × 100, not below 0. null when the target or the realisation is missing.")
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
