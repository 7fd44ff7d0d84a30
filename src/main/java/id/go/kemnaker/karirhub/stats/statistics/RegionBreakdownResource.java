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

import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

/** The statistics region by region: one row per province, or per regency of a province, beside the parent's figure. */
@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
public class RegionBreakdownResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);

    private final RegionBreakdownRenderer renderer;
    private final RegionBreakdownService breakdowns;
    private final Reads reads;
    private final CodeListDirectory codeLists;

    RegionBreakdownResource(RegionBreakdownRenderer renderer, RegionBreakdownService breakdowns, Reads reads,
            CodeListDirectory codeLists) {
        this.renderer = renderer;
        this.breakdowns = breakdowns;
        this.reads = reads;
        this.codeLists = codeLists;
    }

    @GET
    @APIResponses
    @Path("/facilitated-workers/by-region")
    public Uni<Response> facilitatedWorkers(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "by-region-month") @QueryParam("month") String month,
            @Parameter(ref = "by-region-level") @QueryParam("level") String level,
            @Parameter(ref = "by-region-parent") @QueryParam("parent") String parent,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @BeanParam DimensionFilterParams filter,
            @Context HttpHeaders headers) {
        return byRegion(Indicator.FACILITATED_WORKERS, year, month, level, parent, asOf, format, bom, basis, filter, headers);
    }

    @GET
    @APIResponses
    @Path("/service-users/by-region")
    public Uni<Response> serviceUsers(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "by-region-month") @QueryParam("month") String month,
            @Parameter(ref = "by-region-level") @QueryParam("level") String level,
            @Parameter(ref = "by-region-parent") @QueryParam("parent") String parent,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @BeanParam DimensionFilterParams filter,
            @Context HttpHeaders headers) {
        return byRegion(Indicator.SERVICE_USERS, year, month, level, parent, asOf, format, bom, basis, filter, headers);
    }

    private Uni<Response> byRegion(Indicator indicator, String year, String month, String level, String parent, String asOf,
            String format, String bom, String basis, DimensionFilterParams filters, HttpHeaders headers) {
        int y = RequestParameters.requiredYear(year);
        Integer m = RequestParameters.optionalMonth(month);
        RegionBreakdownService.Scope scope = breakdowns.scope(y, m, level, parent);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Basis on = Basis.parse(basis);
        DimensionFilter filter = filters.filter(codeLists);
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        boolean excel = Negotiation.excel(representation, bom);
        AnswerKey key = StatisticsRequests.breakdownKey(indicator, scope, at, representation, excel, on, filter);
        return reads.serve(headers, key, () -> renderer.breakdown(breakdowns.breakdown(indicator, scope, at, on, filter), scope, filter, representation,
                excel));
    }
}
