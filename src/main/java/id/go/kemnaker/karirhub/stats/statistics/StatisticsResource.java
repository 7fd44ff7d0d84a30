package id.go.kemnaker.karirhub.stats.statistics;

import java.time.Instant;
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

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.targets.Indicator;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
@Tag(name = "Statistics", description = "The LAKIP indicators computed from the counts")
public class StatisticsResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);

    private final StatisticsAnswers answers;
    private final CachedAnswers cache;

    StatisticsResource(StatisticsAnswers answers, CachedAnswers cache) {
        this.answers = answers;
        this.cache = cache;
    }

    @GET
    @Path("/facilitated-workers")
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "Workers facilitated by labour-market services (IKK 5) of a year",
            description = "Tenaga kerja yang difasilitasi layanan pasar kerja = active job seekers (JOB_SEEKER). "
                    + "Lists all 12 months; each month with its four reporting weeks (Minggu I-IV) or, when the source "
                    + "gave only a month total, with no weeks. Totals add up what was reported; a period that was not "
                    + "reported is null, never 0, and a year without data answers null totals. "
                    + "achievementPercent (capaian) = total ÷ target × 100, rounded HALF_UP to 2 decimals. "
                    + "CSV: one row per reporting week, or per month reported only as a total.")
    @APIResponse(responseCode = "200", description = "The figures of the year (LAKIP 2021 Table 3.3 for 2021)",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilitatedWorkersStatistics.class),
                        examples = @ExampleObject(name = "2021", value = StatisticsExamples.FACILITATED_WORKERS_2021)),
                @Content(mediaType = ApiDocumentation.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "2021, first rows", value = StatisticsExamples.FACILITATED_WORKERS_2021_CSV))})
    @APIResponse(responseCode = "400", description = "year missing or out of range, or a bad format, bom or asOf",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public Uni<Response> facilitatedWorkers(
            @Parameter(description = "The year", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @QueryParam("asOf") String asOf, @QueryParam("format") String format, @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        return ofYear("facilitated-workers", year, asOf, format, bom, headers, answers::facilitatedWorkers);
    }

    @GET
    @Path("/service-users")
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "Labour-market service users (IKK 6) of a year",
            description = "Pengguna layanan pasar kerja = JOB_SEEKER + EMPLOYER + PBK_TRAINING + PRAKERJA_TRAINING. "
                    + "Lists all 12 months with each category's month total (the month total as reported, or the sum "
                    + "of its reporting weeks). A category that did not report in a month is null there and the month "
                    + "total adds up the categories that did. "
                    + "achievementPercent (capaian) = total ÷ target × 100, rounded HALF_UP to 2 decimals. "
                    + "CSV: one row per month with each category's total, the month total and whether it is complete.")
    @APIResponse(responseCode = "200", description = "The figures of the year (LAKIP 2021 Table 3.4 for 2021)",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceUserStatistics.class),
                        examples = @ExampleObject(name = "2021", value = StatisticsExamples.SERVICE_USERS_2021)),
                @Content(mediaType = ApiDocumentation.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "2021, first rows", value = StatisticsExamples.SERVICE_USERS_2021_CSV))})
    @APIResponse(responseCode = "400", description = "year missing or out of range, or a bad format, bom or asOf",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public Uni<Response> serviceUsers(
            @Parameter(description = "The year", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @QueryParam("asOf") String asOf, @QueryParam("format") String format, @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        return ofYear("service-users", year, asOf, format, bom, headers, answers::serviceUsers);
    }

    @GET
    @Path("/labour-market")
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "Supply against demand: job seekers, vacancies and vacancies per 100 job seekers",
            description = "Per month of the year (or only `month`) and for the whole year: active job seekers (JOB_SEEKER, "
                    + "the supply), job vacancies (VACANCY, the demand) and vacanciesPer100JobSeekers = vacancies ÷ "
                    + "jobSeekers × 100, rounded HALF_UP to 2 decimals; null when either side was not reported or there are "
                    + "no job seekers. A month is the month total or the sum of its reported weeks; complete is true when "
                    + "both sides reported every week (or the month total). region is null: the national figures. "
                    + "CSV: one row per month, then the year: period,start,end,jobSeekers,vacancies,"
                    + "vacanciesPer100JobSeekers,complete.")
    @APIResponse(responseCode = "200", description = "The figures of the year (for 2021 no vacancies were reported)",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabourMarketStatistics.class),
                        examples = @ExampleObject(name = "2021", value = StatisticsExamples.LABOUR_MARKET_2021)),
                @Content(mediaType = ApiDocumentation.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "2021, first rows", value = StatisticsExamples.LABOUR_MARKET_2021_CSV))})
    @APIResponse(responseCode = "400", description = "year missing or out of range, month out of range, or a bad format, bom or asOf",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public Uni<Response> labourMarket(
            @Parameter(description = "The year", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @Parameter(description = "Only this month; default: all 12",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12"), example = "10")
            @QueryParam("month") String month,
            @QueryParam("asOf") String asOf, @QueryParam("format") String format, @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        int y = RequestParameters.requiredYear(year);
        Integer m = RequestParameters.optionalMonth(month);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        boolean excel = representation.excel(bom);
        AnswerKey key = new AnswerKey("statistics/labour-market?year=" + y + "&month=" + m + asOfKey(at), representation, excel);
        return cache.serve(headers, key, () -> answers.labourMarket(y, m, at, representation, excel));
    }

    @GET
    @Path("/headline")
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "Headline figures for a home page or dashboard",
            description = "What KarirHub's home page shows, so far this year: latestPeriod = the latest period in which any "
                    + "category reported (of any year, or of `year` when given; a reporting week, or a month reported as a "
                    + "total); jobSeekers, employers and vacancies = the sums reported from 1 January to the end of that "
                    + "period (null when that category reported nothing); facilitatedWorkers (IKK 5) and serviceUsers (IKK 6) "
                    + "= each indicator at its own latest reported period, as in /statistics/latest. The endpoint a page "
                    + "polls: send the ETag back as If-None-Match and an unchanged answer costs a 304.")
    @APIResponse(responseCode = "200", description = "The headline figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HeadlineFigures.class),
                    examples = @ExampleObject(name = "2021 completed", value = StatisticsExamples.HEADLINE_2021)))
    @APIResponse(responseCode = "400", description = "year out of range, or a bad asOf",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public Uni<Response> headline(
            @Parameter(description = "Only this year; default: the year of the latest reported period",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
        Integer y = RequestParameters.optionalYear(year);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        AnswerKey key = new AnswerKey("statistics/headline?year=" + y + asOfKey(at), Representation.JSON, false);
        return cache.serve(headers, key, () -> answers.headline(y, at));
    }

    @GET
    @Path("/latest")
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "Latest figures of an indicator, for dashboards",
            description = "The latest reported period of the indicator (the latest reporting week with a count, or the month "
                    + "when that month was reported only as a total; of any year, or of `year` when given) and the year so far: "
                    + "yearToDate = the sum of what was reported from 1 January to the end of that period; "
                    + "achievementPercent = yearToDate ÷ yearly target × 100 (HALF_UP, 2 decimals); "
                    + "elapsedWeeks = reporting weeks of the year up to the end of that period (4 per month: 2021-10-W3 is 39, "
                    + "a month total for October is 40); "
                    + "proRataTarget = target × elapsedWeeks ÷ 48, HALF_UP to a whole number; "
                    + "projectedYearEnd = run-rate projection yearToDate ÷ elapsedWeeks × 48, HALF_UP to a whole number. "
                    + "complete is false when a week or category up to that period was not reported. Every figure is null "
                    + "when nothing was reported (the target is still given when year is).")
    @APIResponse(responseCode = "200", description = "Where the indicator stands",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LatestFigures.class),
                        examples = @ExampleObject(name = "2021 completed", value = StatisticsExamples.LATEST_2021)),
                @Content(mediaType = ApiDocumentation.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "2021 completed", value = StatisticsExamples.LATEST_2021_CSV))})
    @APIResponse(responseCode = "400", description = "indicator missing or not computed from counts, or a bad year, format, bom or asOf",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown indicator", value = StatisticsExamples.UNKNOWN_INDICATOR)))
    public Uni<Response> latest(
            @Parameter(description = "The indicator", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"FACILITATED_WORKERS", "SERVICE_USERS"}),
                    example = "FACILITATED_WORKERS")
            @QueryParam("indicator") String indicator,
            @Parameter(description = "Look for the latest period within this year only; default: across all years",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @QueryParam("asOf") String asOf, @QueryParam("format") String format, @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        Indicator code = RequestParameters.computedIndicator("indicator", indicator);
        Integer y = RequestParameters.optionalYear(year);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        boolean excel = representation.excel(bom);
        AnswerKey key = new AnswerKey("statistics/latest?indicator=" + code + "&year=" + y + asOfKey(at), representation, excel);
        return cache.serve(headers, key, () -> answers.latest(code, y, at, representation, excel));
    }

    /** Renders the statistics of one year. */
    private interface YearRenderer {
        Answer render(int year, Instant asOf, Representation representation, boolean excel);
    }

    /** The parameters every statistics-of-a-year endpoint takes, parsed, and its answer served through the cache. */
    private Uni<Response> ofYear(String name, String year, String asOf, String format, String bom, HttpHeaders headers,
            YearRenderer renderer) {
        int y = RequestParameters.requiredYear(year);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        boolean excel = representation.excel(bom);
        AnswerKey key = new AnswerKey("statistics/" + name + "?year=" + y + asOfKey(at), representation, excel);
        return cache.serve(headers, key, () -> renderer.render(y, at, representation, excel));
    }

    static String asOfKey(Instant asOf) {
        return asOf == null ? "" : "&asOf=" + asOf;
    }
}
