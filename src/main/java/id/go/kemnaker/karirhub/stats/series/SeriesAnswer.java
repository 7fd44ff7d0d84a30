package id.go.kemnaker.karirhub.stats.series;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;

@Schema(name = "SeriesAnswer")
public record SeriesAnswer(String interval, String transform, String from, String to, String region, long dataVersion,
        List<Series> series) {

    @Schema(name = "Series")
    public record Series(String id, String name, List<Category> categories, List<Point> points) {
    }

    /** start and end are java.time values: written wholly in META-INF/openapi.yaml (see the README). */
    @Schema(name = "SeriesPoint")
    public record Point(String period, @Schema(hidden = true) LocalDate start, @Schema(hidden = true) LocalDate end,
            Number value, boolean complete, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

        /** A point of reported figures only. */
        public Point(String period, LocalDate start, LocalDate end, Number value, boolean complete) {
            this(period, start, end, value, complete, null);
        }
    }
}
