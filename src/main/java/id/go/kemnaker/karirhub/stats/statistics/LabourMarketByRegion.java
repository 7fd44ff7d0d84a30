package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.regions.RegionLevel;

/**
 * Supply against demand with a row per province: the national answer of
 * {@link LabourMarketStatistics} (same fields, same meaning) and beside it, for the year or the
 * month asked for, each province's job seekers, vacancies and their ratio.
 */
@Schema(name = "LabourMarketByRegion",
        description = "The national labour-market figures of a year with one row per province (by=region&level=province).")
public record LabourMarketByRegion(
        @Schema(example = "2021") int year,
        @Schema(nullable = true, example = "null", description = "null: the national figures") String region,
        @Schema(description = "The whole year (all 12 months, whatever month was asked for)")
        LabourMarketStatistics.Figures yearTotal,
        @Schema(description = "The 12 months, January first; only the month asked for when month is given")
        List<LabourMarketStatistics.MonthFigures> months,
        @Schema(example = "province") RegionLevel level,
        @Schema(description = "One row per province that existed in the period, by code; over the month when month is "
                + "given, else over the year") List<Row> rows,
        @Schema(example = "93", description = "The data version (last audit entry id) these figures reflect") long dataVersion) {

    @Schema(name = "LabourMarketRegionRow")
    public record Row(
            @Schema(example = "32") String region,
            @Schema(example = "Jawa Barat") String name,
            @Schema(nullable = true, example = "null") Long jobSeekers,
            @Schema(nullable = true, example = "null") Long vacancies,
            @Schema(nullable = true, example = "null", description = "vacancies ÷ jobSeekers × 100, HALF_UP to 2 decimals")
            BigDecimal vacanciesPer100JobSeekers,
            @Schema(example = "false") boolean complete) {
    }
}
