package id.go.kemnaker.karirhub.stats.statistics;

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
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.web.Reads;
import io.smallrye.mutiny.Uni;

/** A register's stock and flows, month by month, with its identity checked. */
@Path("/api/v1/statistics/register-balance")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV})
public class RegisterBalanceResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV);

    private final RegisterBalanceRenderer renderer;
    private final RegisterBalanceService balances;
    private final Reads reads;
    private final CodeListDirectory codeLists;

    RegisterBalanceResource(RegisterBalanceRenderer renderer, RegisterBalanceService balances, Reads reads, CodeListDirectory codeLists) {
        this.renderer = renderer;
        this.balances = balances;
        this.reads = reads;
        this.codeLists = codeLists;
    }

    @GET
    @APIResponses
    public Uni<Response> balance(@Parameter(ref = "registerId") @QueryParam("registerId") String register,
            @Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "register-region") @QueryParam("region") String region,
            @Parameter(ref = "format") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @BeanParam DimensionFilterParams filter,
            @Context HttpHeaders headers) {
        RegisterBalanceService.Scope scope = balances.scope(register, year, region, filter.filter(codeLists));
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        boolean excel = Negotiation.excel(representation, bom);
        AnswerKey key = new AnswerKey("statistics/register-balance?" + scope.key(), representation, excel);
        return reads.serve(headers, key, () -> renderer.balance(balances.balance(scope), scope.filter(), representation, excel));
    }
}
