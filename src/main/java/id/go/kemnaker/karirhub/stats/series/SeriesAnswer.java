package id.go.kemnaker.karirhub.stats.series;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;

@Schema(name = "SeriesAnswer", description = "One or more time series over the same periods.")
public record SeriesAnswer(
        @Schema(example = "month", enumeration = {"week", "month", "quarter", "year"}) String interval,
        @Schema(example = "cumulative", enumeration = {"none", "cumulative", "change", "percent-change", "year-over-year"})
        String transform,
        @Schema(nullable = true, example = "2021-01", description = "The first period; null when last=N found nothing reported")
        String from,
        @Schema(nullable = true, example = "2021-12", description = "The last period") String to,
        @Schema(nullable = true, example = "32", description = "The region the figures cover: a Kemendagri code, or several "
                + "added up (comma separated), as asked with region=; null: the whole country")
        String region,
        @Schema(example = "93", description = "The data version (last audit entry id) the figures reflect") long dataVersion,
        List<Series> series) {

    @Schema(name = "Series")
    public record Series(
            @Schema(example = "FACILITATED_WORKERS", description = "The indicator or category code asked for") String id,
            @Schema(example = "Workers facilitated by labour-market services") String name,
            @Schema(description = "The categories whose counts it adds up") List<Category> categories,
            List<Point> points) {
    }

    @Schema(name = "SeriesPoint")
    public record Point(
            @Schema(example = "2021-10", description = "Period id: 2021, 2021-Q3, 2021-10 or 2021-10-W3 (reporting week "
                    + "of the month, Minggu I-IV: days 1-7, 8-14, 15-21, 22 to month end; not an ISO week)")
            String period,
            @Schema(example = "2021-10-01") LocalDate start,
            @Schema(example = "2021-10-31") LocalDate end,
            @Schema(type = SchemaType.NUMBER, nullable = true, example = "883743",
                    description = "A whole number for none, cumulative and change; a percentage with 2 decimals for "
                            + "percent-change and year-over-year; null when not reported (or the percentage is undefined)")
            Number value,
            @Schema(example = "true", description = "false when any week or category inside the period (or the periods the "
                    + "transform compares it with) was not reported")
            boolean complete) {
    }
}
