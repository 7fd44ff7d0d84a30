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

/** Job seekers against vacancies by education level: the mismatch table planners ask for. */
@Path("/api/v1/statistics/education-mismatch")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV, ApiDocumentation.SDMX_CSV})
public class EducationMismatchResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV, Representation.SDMX_CSV);

    private final EducationMismatchRenderer renderer;
    private final EducationMismatchService mismatches;
    private final Reads reads;

    EducationMismatchResource(EducationMismatchRenderer renderer, EducationMismatchService mismatches, Reads reads) {
        this.renderer = renderer;
        this.mismatches = mismatches;
        this.reads = reads;
    }

    @GET
    @APIResponses
    public Uni<Response> mismatch(@Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "breakdown-month") @QueryParam("month") String month,
            @Parameter(ref = "breakdown-region") @QueryParam("region") String region,
            @Parameter(ref = "format-with-sdmx") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        EducationMismatchService.Scope scope = mismatches.scope(year, month, region);
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        boolean excel = Negotiation.excel(representation, bom);
        AnswerKey key = new AnswerKey("statistics/education-mismatch?" + scope.key(), representation, excel);
        return reads.serve(headers, key, () -> renderer.mismatch(mismatches.mismatch(scope), representation, excel));
    }
}
