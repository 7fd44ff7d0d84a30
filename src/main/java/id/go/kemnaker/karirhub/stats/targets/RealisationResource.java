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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.Created;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/indicators/{code}/realisations/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class RealisationResource {

    private final YearlyValueService realisations;
    private final SecurityIdentity identity;

    RealisationResource(YearlyValueService realisations, SecurityIdentity identity) {
        this.realisations = realisations;
        this.identity = identity;
    }

    @GET
    @APIResponses
    public RealisationView get(@Parameter(ref = "code") @PathParam("code") String code,
            @Parameter(ref = "year") @PathParam("year") String year) {
        return realisations.realisation(RequestParameters.requiredIndicator("code", code), RequestParameters.requiredYear(year));
    }

    @PUT
    @APIResponses
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLANNER)
    public Response put(
            @Parameter(ref = "code") @PathParam("code") String code,
            @Parameter(ref = "year") @PathParam("year") String year,
            @NotNull(message = "is required") @Valid RealisationValue body, HttpServerRequest request) {
        YearlyValueService.SetOutcome<RealisationView> outcome = realisations.setRealisation(
                RequestParameters.requiredIndicator("code", code), RequestParameters.requiredYear(year), body.realisation(),
                body.evidence(), Actor.of(identity));
        return (outcome.created() ? Created.at(request) : Response.ok())
                .entity(outcome.value()).type(MediaType.APPLICATION_JSON).build();
    }
}
