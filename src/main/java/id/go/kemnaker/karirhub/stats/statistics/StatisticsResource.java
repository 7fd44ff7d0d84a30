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

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
@Tag(name = "Statistics")
public class StatisticsResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);
    private static final Set<Representation> YEAR_FORMATS = Set.of(Representation.JSON, Representation.CSV, Representation.SDMX_CSV);

    private final StatisticsAnswers answers;
    private final CachedAnswers cache;
    private final RegionBreakdownAnswers byRegion;

    StatisticsResource(StatisticsAnswers answers, CachedAnswers cache, RegionBreakdownAnswers byRegion) {
        this.answers = answers;
        this.cache = cache;
        this.byRegion = byRegion;
    }

    @GET
    @APIResponses
    @Path("/facilitated-workers")
    @Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV, ApiDocumentation.SDMX_CSV})
    public Uni<Response> facilitatedWorkers(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        return ofYear("facilitated-workers", year, asOf, format, bom, headers, answers::facilitatedWorkers);
    }

    @GET
    @APIResponses
    @Path("/service-users")
    @Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV, ApiDocumentation.SDMX_CSV})
    public Uni<Response> serviceUsers(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        return ofYear("service-users", year, asOf, format, bom, headers, answers::serviceUsers);
    }

    @GET
    @APIResponses
    @Path("/labour-market")
    public Uni<Response> labourMarket(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "labour-market-month") @QueryParam("month") String month,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "labour-market-by") @QueryParam("by") String by,
            @Parameter(ref = "labour-market-level") @QueryParam("level") String level,
            @Context HttpHeaders headers) {
        int y = RequestParameters.requiredYear(year);
        Integer m = RequestParameters.optionalMonth(month);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        boolean excel = representation.excel(bom);
        if (RegionBreakdownAnswers.byRegion(by, level)) {
            AnswerKey regional = new AnswerKey("statistics/labour-market/by-region?year=" + y + "&month=" + m + "&level=province"
                    + asOfKey(at), representation, excel);
            return cache.serve(headers, regional, () -> byRegion.labourMarket(y, m, at, representation, excel));
        }
        AnswerKey key = new AnswerKey("statistics/labour-market?year=" + y + "&month=" + m + asOfKey(at), representation, excel);
        return cache.serve(headers, key, () -> answers.labourMarket(y, m, at, representation, excel));
    }

    @GET
    @APIResponses
    @Path("/headline")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> headline(@Parameter(ref = "headline-year") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
        Integer y = RequestParameters.optionalYear(year);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        AnswerKey key = new AnswerKey("statistics/headline?year=" + y + asOfKey(at), Representation.JSON, false);
        return cache.serve(headers, key, () -> answers.headline(y, at));
    }

    @GET
    @APIResponses
    @Path("/latest")
    public Uni<Response> latest(
            @Parameter(ref = "latest-indicator") @QueryParam("indicator") String indicator,
            @Parameter(ref = "latest-year") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
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
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), YEAR_FORMATS);
        boolean excel = representation.excel(bom);
        AnswerKey key = new AnswerKey("statistics/" + name + "?year=" + y + asOfKey(at), representation, excel);
        return cache.serve(headers, key, () -> renderer.render(y, at, representation, excel));
    }

    static String asOfKey(Instant asOf) {
        return asOf == null ? "" : "&asOf=" + asOf;
    }
}
