package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "ServiceUserStatistics",
        description = "IKK 6, Jumlah Pengguna Layanan Pasar Kerja: users of all four categories in a year, by category and month.")
public record ServiceUserStatistics(
        @Schema(example = "SERVICE_USERS") Indicator indicator,
        @Schema(example = "2021") int year,
        @Schema(nullable = true, example = "32", description = "The region the figures cover: a Kemendagri code, or several "
                + "added up (comma separated), as asked with region=; null: the whole country")
        String region,
        @Schema(nullable = true, example = "1602957", description = "Sum of the reported counts; null when nothing was reported")
        Long total,
        @Schema(example = "false", description = "Whether every category reported every period of the year, and for a region, "
                + "every region below it that existed")
        boolean complete,
        @Schema(nullable = true, example = "2200000", description = "Target of the year; null when none is set (regions have "
                + "no targets)") Long target,
        @Schema(nullable = true, example = "72.86",
                description = "total ÷ target × 100, rounded HALF_UP to 2 decimals; null without total or target")
        BigDecimal achievementPercent,
        @Schema(description = "Year total per category") ByCategory byCategory,
        @Schema(description = "Always the 12 months, January first") List<Month> months,
        @Schema(example = "93", description = "The data version (last audit entry id) these figures reflect") long dataVersion) {

    @Schema(name = "ServiceUserMonth")
    public record Month(
            @Schema(minimum = "1", maximum = "12", example = "3") int month,
            @Schema(nullable = true, example = "244941", description = "Sum over the categories that reported; null when none did")
            Long total,
            ByCategory byCategory) {
    }

    @Schema(name = "CountsByCategory", description = "A count per category; null where that category did not report.")
    public record ByCategory(
            @JsonProperty("JOB_SEEKER") @Schema(nullable = true, example = "15846") Long jobSeeker,
            @JsonProperty("EMPLOYER") @Schema(nullable = true, example = "1473") Long employer,
            @JsonProperty("PBK_TRAINING") @Schema(nullable = true, example = "120644") Long pbkTraining,
            @JsonProperty("PRAKERJA_TRAINING") @Schema(nullable = true, example = "106978") Long prakerjaTraining) {

        static ByCategory of(Map<Category, Long> values) {
            return new ByCategory(values.get(Category.JOB_SEEKER), values.get(Category.EMPLOYER),
                    values.get(Category.PBK_TRAINING), values.get(Category.PRAKERJA_TRAINING));
        }
    }
}
