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
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

/** Supply against demand: national or of an area, and with {@code by=region} province by province. */
@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
public class LabourMarketResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);

    private final StatisticsService statistics;
    private final StatisticsRenderer renderer;
    private final Reads reads;
    private final StatisticsRequests requests;
    private final RegionBreakdownService breakdowns;
    private final RegionBreakdownRenderer byRegion;
    private final CodeListDirectory codeLists;

    LabourMarketResource(StatisticsService statistics, StatisticsRenderer renderer, Reads reads, StatisticsRequests requests,
            RegionBreakdownService breakdowns, RegionBreakdownRenderer byRegion, CodeListDirectory codeLists) {
        this.statistics = statistics;
        this.renderer = renderer;
        this.reads = reads;
        this.requests = requests;
        this.breakdowns = breakdowns;
        this.byRegion = byRegion;
        this.codeLists = codeLists;
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
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @BeanParam DimensionFilterParams filters,
            @Context HttpHeaders headers) {
        int y = RequestParameters.requiredYear(year);
        Integer m = RequestParameters.optionalMonth(month);
        Area area = requests.area(region, m == null ? Period.year(y) : Period.month(y, m));
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Basis on = Basis.parse(basis);
        DimensionFilter filter = filters.filter(codeLists);
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        boolean excel = Negotiation.excel(representation, bom);
        if (RegionBreakdownService.byRegion(by, level, region)) {
            AnswerKey regional = StatisticsRequests.labourMarketByProvinceKey(y, m, at, representation, excel, on, filter);
            return reads.serve(headers, regional, () -> byRegion.labourMarket(breakdowns.labourMarket(y, m, at, on, filter), m, filter, representation,
                    excel));
        }
        AnswerKey key = StatisticsRequests.labourMarketKey(y, m, area, at, representation, excel, on, filter);
        return reads.serve(headers, key, () -> renderer.labourMarket(statistics.labourMarket(y, m, area, at, on, filter), m, area, filter, representation,
                excel));
    }
}
