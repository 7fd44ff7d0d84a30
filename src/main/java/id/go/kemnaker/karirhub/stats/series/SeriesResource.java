package id.go.kemnaker.karirhub.stats.series;

import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/series")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
@Tag(name = "Series", description = "Time series of the indicators and categories, for dashboards and spreadsheets")
public class SeriesResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);

    private final SeriesService series;
    private final CachedAnswers cache;

    SeriesResource(SeriesService series, CachedAnswers cache) {
        this.series = series;
        this.cache = cache;
    }

    @GET
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "Time series of indicators or categories",
            description = "One series per indicator or category asked for, over the same periods. "
                    + "Periods are ids: 2021 (year), 2021-Q3 (quarter), 2021-10 (month), 2021-10-W3 (reporting week). "
                    + "Reporting weeks are the LAKIP's Minggu I-IV of a month, not ISO weeks: W1 = days 1-7, W2 = 8-14, "
                    + "W3 = 15-21, W4 = 22 to the end of the month; a year has 48. "
                    + "The points are the periods of `interval` from the one holding the start of `from` to the one holding "
                    + "the end of `to`, or the `last` N up to the latest reported one. "
                    + "A point's value adds up what its categories reported in it: a week only where that week was reported "
                    + "(a month reported only as a total is never split into weeks: its weeks are null), a month its month "
                    + "total or the sum of its weeks, a quarter or year its months. complete is false when any week or "
                    + "category inside the period was not reported. "
                    + "Transforms: none = the value; cumulative = year to date at the end of the period (resets each "
                    + "January, as the LAKIP reports progress); change = value minus the previous period's; percent-change "
                    + "= that change ÷ the previous value × 100 (null when the previous value is null or 0); "
                    + "year-over-year = the percent change against the same period a year earlier. Percentages are rounded "
                    + "HALF_UP to 2 decimals. "
                    + "VACANCIES_PER_100_JOB_SEEKERS is a ratio: each point is the period's vacancies ÷ its job seekers × 100 "
                    + "(the ratio of the period's sums, HALF_UP to 2 decimals; null when either is not reported or there are "
                    + "no job seekers); change, percent-change and year-over-year compare those ratios; cumulative answers 400. "
                    + "CSV: one row per series and period: series,period,start,end,value,complete.")
    @APIResponse(responseCode = "200", description = "The series",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesAnswer.class),
                        examples = @ExampleObject(name = "2021 Q4, year to date", value = SeriesExamples.CUMULATIVE_2021_Q4)),
                @Content(mediaType = ApiDocumentation.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "2021 Q4, year to date", value = SeriesExamples.CUMULATIVE_2021_Q4_CSV))})
    @APIResponse(responseCode = "400", description = "A parameter is missing, unknown or out of range; the problem names it",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "bad period", value = SeriesExamples.BAD_PERIOD)))
    public Uni<Response> series(
            @Parameter(description = "Indicators computed from counts (FACILITATED_WORKERS, SERVICE_USERS), or the ratio "
                    + "VACANCIES_PER_100_JOB_SEEKERS, comma separated: one series each",
                    schema = @Schema(type = SchemaType.STRING), example = "FACILITATED_WORKERS")
            @QueryParam("indicator") String indicator,
            @Parameter(description = "Categories, comma separated: one series each (with or instead of indicator)",
                    schema = @Schema(type = SchemaType.STRING), example = "EMPLOYER,PBK_TRAINING")
            @QueryParam("category") String category,
            @Parameter(description = "First period, inclusive: 2021, 2021-Q3, 2021-10 or 2021-10-W3. Required unless last is given",
                    schema = @Schema(type = SchemaType.STRING), example = "2021-10")
            @QueryParam("from") String from,
            @Parameter(description = "Last period, inclusive; default: from", schema = @Schema(type = SchemaType.STRING),
                    example = "2021-12")
            @QueryParam("to") String to,
            @Parameter(description = "Instead of from/to: the last N periods up to the latest reported one",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4800"), example = "12")
            @QueryParam("last") String last,
            @Parameter(description = "Length of the periods; week only has values where weeks were reported",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"week", "month", "quarter", "year"},
                            defaultValue = "month"), example = "month")
            @QueryParam("interval") String interval,
            @Parameter(description = "What each point shows",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"none", "cumulative", "change", "percent-change", "year-over-year"},
                            defaultValue = "none"), example = "cumulative")
            @QueryParam("transform") String transform,
            @QueryParam("asOf") String asOf, @QueryParam("format") String format, @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        SeriesRequest request = SeriesRequest.parse(indicator, category, from, to, last, interval, transform, asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        boolean excel = representation.excel(bom);
        return cache.serve(headers, new AnswerKey(request.key(), representation, excel),
                () -> series.answer(request, representation, excel));
    }
}
