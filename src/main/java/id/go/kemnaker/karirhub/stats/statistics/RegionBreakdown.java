package id.go.kemnaker.karirhub.stats.statistics;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.regions.RegionLevel;

/**
 * An indicator of a year (or a month) region by region: the provinces with the national figure
 * above them, or the regencies of one province with the province's figure. The parent's figure
 * stays authoritative: what its regions do not account for is {@code unallocated}, never hidden.
 */
@Schema(name = "RegionBreakdown",
        description = "IKK 5 or IKK 6 of a year (or month) with one row per province, or per regency of a province.")
public record RegionBreakdown(
        @Schema(example = "FACILITATED_WORKERS") Indicator indicator,
        @Schema(example = "2021") int year,
        @Schema(nullable = true, minimum = "1", maximum = "12", example = "3",
                description = "The month the figures cover; null: the whole year") Integer month,
        @Schema(example = "province") RegionLevel level,
        @Schema(nullable = true, example = "32",
                description = "The province whose regencies the rows are (level=regency); null for level=province") String parent,
        @Schema(nullable = true, example = "1040746",
                description = "The parent's figure over the period: the national one for level=province, the province's for "
                        + "level=regency (its stored counts, or where none is stored the sum of the regions below it)")
        Long total,
        @Schema(nullable = true, example = "1020",
                description = "total minus the sum of the rows' totals: counts the regions do not account for (users without "
                        + "a location); null when total is not reported or no row is")
        Long unallocated,
        @Schema(example = "false", description = "Whether total covers every week (or month total) of the period, with no "
                + "region missing from a sum") boolean complete,
        @Schema(description = "One row per region that existed on at least one day of the period, by code") List<Row> rows,
        @Schema(example = "93", description = "The data version (last audit entry id) these figures reflect") long dataVersion) {

    @Schema(name = "RegionBreakdownRow")
    public record Row(
            @Schema(example = "32", description = "Kemendagri code") String region,
            @Schema(example = "Jawa Barat") String name,
            @Schema(nullable = true, example = "412", description = "The region's figure over the period; null when it "
                    + "reported nothing (never 0 for a silence)") Long total,
            @Schema(ref = "CountsByCategory",
                    description = "The figure per category of the indicator: JOB_SEEKER alone for facilitated workers; "
                            + "JOB_SEEKER, EMPLOYER, PBK_TRAINING and PRAKERJA_TRAINING for service users; null where not "
                            + "reported")
            Map<Category, Long> byCategory,
            @Schema(example = "false", description = "Whether every part of the period was reported, by every region below "
                    + "where the figure is a sum") boolean complete) {
    }
}
