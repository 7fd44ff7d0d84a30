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

import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
public class StatisticsResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);
    private static final Set<Representation> YEAR_FORMATS = Set.of(Representation.JSON, Representation.CSV, Representation.SDMX_CSV);

    private final StatisticsService statistics;
    private final StatisticsRenderer renderer;
    private final CachedAnswers cache;
    private final RegionDirectory regions;
    private final RegionBreakdownService breakdowns;
    private final RegionBreakdownRenderer byRegion;

    StatisticsResource(StatisticsService statistics, StatisticsRenderer renderer, CachedAnswers cache, RegionDirectory regions,
            RegionBreakdownService breakdowns, RegionBreakdownRenderer byRegion) {
        this.statistics = statistics;
        this.renderer = renderer;
        this.cache = cache;
        this.regions = regions;
        this.breakdowns = breakdowns;
        this.byRegion = byRegion;
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
            @Context HttpHeaders headers) {
        return ofYear(Indicator.FACILITATED_WORKERS, year, region, asOf, format, bom, headers);
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
            @Context HttpHeaders headers) {
        return ofYear(Indicator.SERVICE_USERS, year, region, asOf, format, bom, headers);
    }

    @GET
    @APIResponses
    @Path("/labour-market")
    public Uni<Response> labourMarket(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "labour-market-month") @QueryParam("month") String month,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "region") @QueryParam("region") String region,
            @Parameter(ref = "labour-market-by") @QueryParam("by") String by,
            @Parameter(ref = "labour-market-level") @QueryParam("level") String level,
            @Context HttpHeaders headers) {
        int y = RequestParameters.requiredYear(year);
        Integer m = RequestParameters.optionalMonth(month);
        Area area = area(region, m == null ? Period.year(y) : Period.month(y, m));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        boolean excel = representation.excel(bom);
        if (RegionBreakdownService.byRegion(by, level, region)) {
            AnswerKey regional = new AnswerKey("statistics/labour-market/by-region?year=" + y + "&month=" + m + "&level=province"
                    + asOfKey(at), representation, excel);
            return cache.serve(headers, regional, () -> byRegion.labourMarket(breakdowns.labourMarket(y, m, at), m, representation,
                    excel));
        }
        AnswerKey key = new AnswerKey("statistics/labour-market?year=" + y + "&month=" + m + areaKey(area) + asOfKey(at),
                representation, excel);
        return cache.serve(headers, key, () -> renderer.labourMarket(statistics.labourMarket(y, m, area, at), m, area, representation,
                excel));
    }

    @GET
    @APIResponses
    @Path("/headline")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> headline(@Parameter(ref = "headline-year") @QueryParam("year") String year,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "region") @QueryParam("region") String region, @Context HttpHeaders headers) {
        Integer y = RequestParameters.optionalYear(year);
        Area area = area(region, y == null ? null : Period.year(y));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        AnswerKey key = new AnswerKey("statistics/headline?year=" + y + areaKey(area) + asOfKey(at), Representation.JSON, false);
        return cache.serve(headers, key, () -> renderer.headline(statistics.headline(y, area, at)));
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
            @Context HttpHeaders headers) {
        Indicator code = RequestParameters.computedIndicator("indicator", indicator);
        Integer y = RequestParameters.optionalYear(year);
        Area area = area(region, y == null ? null : Period.year(y));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        boolean excel = representation.excel(bom);
        AnswerKey key = new AnswerKey("statistics/latest?indicator=" + code + "&year=" + y + areaKey(area) + asOfKey(at),
                representation, excel);
        return cache.serve(headers, key, () -> renderer.latest(statistics.latest(code, y, area, at), y, area, representation,
                excel));
    }

    /** The parameters every statistics-of-a-year endpoint takes, parsed, and its answer served through the cache. */
    private Uni<Response> ofYear(Indicator indicator, String year, String region, String asOf, String format, String bom,
            HttpHeaders headers) {
        int y = RequestParameters.requiredYear(year);
        Area area = area(region, Period.year(y));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), YEAR_FORMATS);
        if (representation == Representation.SDMX_CSV && area.regions().size() > 1) {
            throw new InvalidParameterException("region", "names " + area.regions().size() + " regions; an SDMX-CSV answer is "
                    + "about one reference area (REF_AREA): ask for one region, or for JSON or CSV");
        }
        boolean excel = representation.excel(bom);
        AnswerKey key = new AnswerKey("statistics/" + StatisticsRenderer.fileId(indicator) + "?year=" + y + areaKey(area)
                + asOfKey(at), representation, excel);
        return cache.serve(headers, key, () -> renderer.indicatorYear(statistics.indicatorYear(indicator, y, area, at), area,
                representation, excel));
    }

    /**
     * The regions of {@code region=} (codes, comma separated), or the nation without it; each must
     * have existed during {@code period} when one is known (null: the latest year, not known yet).
     */
    private Area area(String region, Period period) {
        return Area.of(period == null ? RegionQuery.codes("region", region, regions)
                : RegionQuery.codesDuring("region", region, regions, period.start(), period.end()));
    }

    static String areaKey(Area area) {
        return area.national() ? "" : "&region=" + String.join(",", area.regions());
    }

    static String asOfKey(Instant asOf) {
        return asOf == null ? "" : "&asOf=" + asOf;
    }
}
