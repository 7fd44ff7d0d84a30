package id.go.kemnaker.karirhub.stats.statistics;

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

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.web.Reads;
import io.smallrye.mutiny.Uni;

/** A category's count broken down by sex, age group, education or occupation (one or two of them). */
@Path("/api/v1/statistics/breakdown")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV, ApiDocumentation.SDMX_CSV})
public class DimensionBreakdownResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV, Representation.SDMX_CSV);

    private final DimensionBreakdownRenderer renderer;
    private final DimensionBreakdownService breakdowns;
    private final Reads reads;

    DimensionBreakdownResource(DimensionBreakdownRenderer renderer, DimensionBreakdownService breakdowns, Reads reads) {
        this.renderer = renderer;
        this.breakdowns = breakdowns;
        this.reads = reads;
    }

    @GET
    @APIResponses
    public Uni<Response> breakdown(@Parameter(ref = "breakdown-measure") @QueryParam("measure") String measure,
            @Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "breakdown-month") @QueryParam("month") String month,
            @Parameter(ref = "breakdown-week") @QueryParam("week") String week,
            @Parameter(ref = "breakdown-region") @QueryParam("region") String region,
            @Parameter(ref = "breakdown-by") @QueryParam("by") String by,
            @Parameter(ref = "format-with-sdmx") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @Context HttpHeaders headers) {
        DimensionBreakdownService.Scope scope = breakdowns.scope(measure, year, month, week, region, by, asOf, basis);
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        boolean excel = Negotiation.excel(representation, bom);
        AnswerKey key = StatisticsRequests.live(new AnswerKey("statistics/breakdown?" + scope.key(), representation, excel),
                scope.basis(), scope.asOf(), scope.period().year(), scope.period().year());
        return reads.serve(headers, key, () -> renderer.breakdown(breakdowns.breakdown(scope), representation, excel));
    }
}
