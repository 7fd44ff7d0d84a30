package id.go.kemnaker.karirhub.stats.targets;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.Created;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final YearlyValueService targets;
    private final SecurityIdentity identity;
    private final Reads reads;

    TargetResource(YearlyValueService targets, SecurityIdentity identity, Reads reads) {
        this.targets = targets;
        this.identity = identity;
        this.reads = reads;
    }

    @GET
    @APIResponses
    public Uni<Response> list(
            @Parameter(ref = "yearFilter") @QueryParam("year") String year,
            @Context HttpHeaders headers) {
        Integer onlyYear = RequestParameters.optionalYear(year);
        return reads.serve(headers, new AnswerKey("targets?year=" + onlyYear, Representation.JSON, false),
                () -> targets.targetsAnswer(onlyYear));
    }

    @PUT
    @APIResponses
    @Path("/{indicator}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLANNER)
    public Response set(
            @Parameter(ref = "indicator") @PathParam("indicator") String indicator,
            @Parameter(ref = "year") @PathParam("year") String year,
            @NotNull(message = "is required") @Valid TargetValue body, HttpServerRequest request) {
        YearlyValueService.SetOutcome<TargetView> outcome = targets.setTarget(
                RequestParameters.requiredIndicator("indicator", indicator), RequestParameters.requiredYear(year), body.target(),
                Actor.of(identity));
        return (outcome.created() ? Created.at(request) : Response.ok())
                .entity(outcome.value()).type(MediaType.APPLICATION_JSON).build();
    }
}
