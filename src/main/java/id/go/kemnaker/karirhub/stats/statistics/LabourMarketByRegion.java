package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.regions.RegionLevel;

/**
 * Supply against demand with a row per province: the national answer of
 * {@link LabourMarketStatistics} (same fields, same meaning) and beside it, for the year or the
 * month asked for, each province's job seekers, vacancies and their ratio. The contract has one
 * shape for both answers, the schema {@code LabourMarketStatistics}, in which {@code level} and
 * {@code rows} are present only here; so this record has no schema of its own.
 */
public record LabourMarketByRegion(
        int year,
        String region,
        LabourMarketStatistics.Figures yearTotal,
        List<LabourMarketStatistics.MonthFigures> months,
        RegionLevel level,
        List<Row> rows,
        long dataVersion) {

    @Schema(name = "LabourMarketRegionRow")
    public record Row(String region, String name, Long jobSeekers, Long vacancies, BigDecimal vacanciesPer100JobSeekers,
            boolean complete, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
    }
}
