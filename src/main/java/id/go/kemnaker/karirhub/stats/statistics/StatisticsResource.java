package id.go.kemnaker.karirhub.stats.statistics;

import java.time.Instant;
import java.util.Set;

import jakarta.ws.rs.BeanParam;
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

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
public class StatisticsResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);
    private static final Set<Representation> YEAR_FORMATS = Set.of(Representation.JSON, Representation.CSV, Representation.SDMX_CSV);

    private final StatisticsService statistics;
    private final StatisticsRenderer renderer;
    private final Reads reads;
    private final StatisticsRequests requests;
    private final CodeListDirectory codeLists;

    StatisticsResource(StatisticsService statistics, StatisticsRenderer renderer, Reads reads, StatisticsRequests requests,
            CodeListDirectory codeLists) {
        this.statistics = statistics;
        this.renderer = renderer;
        this.reads = reads;
        this.requests = requests;
        this.codeLists = codeLists;
    }

    @GET
    @APIResponses
    @Path("/facilitated-workers")
    @Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV, ApiDocumentation.SDMX_CSV})
    public Uni<Response> facilitatedWorkers(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format-with-sdmx") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "region") @QueryParam("region") String region,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @BeanParam DimensionFilterParams filter,
            @Context HttpHeaders headers) {
        return ofYear(Indicator.FACILITATED_WORKERS, year, region, asOf, format, bom, basis, filter, headers);
    }

    @GET
    @APIResponses
    @Path("/service-users")
    @Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV, ApiDocumentation.SDMX_CSV})
    public Uni<Response> serviceUsers(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format-with-sdmx") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "region") @QueryParam("region") String region,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @BeanParam DimensionFilterParams filter,
            @Context HttpHeaders headers) {
        return ofYear(Indicator.SERVICE_USERS, year, region, asOf, format, bom, basis, filter, headers);
    }

    @GET
    @APIResponses
    @Path("/headline")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> headline(@Parameter(ref = "headline-year") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "region") @QueryParam("region") String region,
            @Parameter(ref = "basis") @QueryParam("basis") String basis, @Context HttpHeaders headers) {
        Integer y = RequestParameters.optionalYear(year);
        Area area = requests.area(region, y == null ? null : Period.year(y));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Basis on = Basis.parse(basis);
        AnswerKey key = StatisticsRequests.headlineKey(y, area, at, on);
        return reads.serve(headers, key, () -> renderer.headline(statistics.headline(y, area, at, on)));
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
            @Parameter(ref = "region") @QueryParam("region") String region,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @Context HttpHeaders headers) {
        Indicator code = RequestParameters.computedIndicator("indicator", indicator);
        Integer y = RequestParameters.optionalYear(year);
        Area area = requests.area(region, y == null ? null : Period.year(y));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        boolean excel = Negotiation.excel(representation, bom);
        Basis on = Basis.parse(basis);
        AnswerKey key = StatisticsRequests.latestKey(code, y, area, at, representation, excel, on);
        return reads.serve(headers, key, () -> renderer.latest(statistics.latest(code, y, area, at, on), y, area, representation,
                excel));
    }

    /** The parameters every statistics-of-a-year endpoint takes, parsed, and its answer served through the cache. */
    private Uni<Response> ofYear(Indicator indicator, String year, String region, String asOf, String format, String bom,
            String basis, DimensionFilterParams filters, HttpHeaders headers) {
        int y = RequestParameters.requiredYear(year);
        Area area = requests.area(region, Period.year(y));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Negotiation.choose(format, headers, YEAR_FORMATS);
        StatisticsRequests.requireOneAreaForSdmx(representation, area);
        boolean excel = Negotiation.excel(representation, bom);
        Basis on = Basis.parse(basis);
        DimensionFilter filter = filters.filter(codeLists);
        AnswerKey key = StatisticsRequests.key(indicator, y, area, at, representation, excel, on, filter);
        return reads.serve(headers, key, () -> renderer.indicatorYear(statistics.indicatorYear(indicator, y, area, at, on, filter), area,
                filter, representation, excel));
    }
}
