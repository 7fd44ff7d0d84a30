package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@Schema(name = "ServiceUserStatistics")
public record ServiceUserStatistics(Indicator indicator, int year, String region, Long total, boolean complete, Long target,
        BigDecimal achievementPercent, ByCategory byCategory, List<Month> months, long dataVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

    @Schema(name = "ServiceUserMonth")
    public record Month(int month, Long total, ByCategory byCategory, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
    }

    @Schema(name = "CountsByCategory")
    public record ByCategory(@JsonProperty("JOB_SEEKER") Long jobSeeker, @JsonProperty("EMPLOYER") Long employer,
            @JsonProperty("PBK_TRAINING") Long pbkTraining, @JsonProperty("PRAKERJA_TRAINING") Long prakerjaTraining) {

        static ByCategory of(Map<Category, Long> values) {
            return new ByCategory(values.get(Category.JOB_SEEKER), values.get(Category.EMPLOYER),
                    values.get(Category.PBK_TRAINING), values.get(Category.PRAKERJA_TRAINING));
        }
    }
}
