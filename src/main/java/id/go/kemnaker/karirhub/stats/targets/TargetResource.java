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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Yearly targets of the indicators")
public class TargetResource {

    private final TargetService targets;
    private final SecurityIdentity identity;
    private final CachedAnswers cache;

    TargetResource(TargetService targets, SecurityIdentity identity, CachedAnswers cache) {
        this.targets = targets;
        this.identity = identity;
        this.cache = cache;
    }

    @GET
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "List yearly targets",
            description = "The targets of the seven indicators (see /api/v1/indicators for their units), of one year or of "
                    + "every year, ordered by year and indicator code. A year without targets answers an empty list.")
    @APIResponse(responseCode = "200", description = "The targets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TargetView.class),
                    examples = @ExampleObject(name = "2021", value = """
                            [{"indicator":"DATA_BREACH_PERCENT","year":2021,"target":0},\
                            {"indicator":"DATA_UTILITY_INDEX","year":2021,"target":50},\
                            {"indicator":"FACILITATED_WORKERS","year":2021,"target":2000000},\
                            {"indicator":"OPERATIONAL_POC_PERCENT","year":2021,"target":50},\
                            {"indicator":"SERVICE_QUALITY_INDEX","year":2021,"target":50},\
                            {"indicator":"SERVICE_USERS","year":2021,"target":2200000},\
                            {"indicator":"USER_SATISFACTION_INDEX","year":2021,"target":50}]""")))
    @APIResponse(responseCode = "400", description = "year is not an integer from 2000 to 2099",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public Uni<Response> list(
            @Parameter(description = "Only this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"),
                    example = "2021")
            @QueryParam("year") String year,
            @Context HttpHeaders headers) {
        Integer onlyYear = RequestParameters.optionalYear(year);
        return cache.serve(headers, new AnswerKey("targets?year=" + onlyYear, Representation.JSON, false),
                () -> targets.findAnswer(onlyYear));
    }

    @PUT
    @Path("/{indicator}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Set the target of an indicator for a year (planner)",
            description = "Creates (201) or changes (200) the yearly target of any of the seven indicators, for any year "
                    + "(the Renstra 2020-2024 and beyond). The value is in the indicator's unit: 0 or more with at most 4 "
                    + "decimals, a whole number for persons, users and reports, at most 100 for a percent. The same value "
                    + "again (50 or 50.00) changes nothing. Every change is recorded in the audit trail (subject TARGET).")
    @APIResponse(responseCode = "200", description = "Changed, or already had this value",
            content = @Content(schema = @Schema(implementation = TargetView.class),
                    examples = @ExampleObject(name = "2021", value = "{\"indicator\":\"FACILITATED_WORKERS\",\"year\":2021,\"target\":2000000}")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TargetView.class),
                    examples = @ExampleObject(name = "2022", value = "{\"indicator\":\"SERVICE_USERS\",\"year\":2022,\"target\":2400000}")))
    @APIResponse(responseCode = "400", description = "Unknown indicator, year out of range, or a target that does not fit "
            + "the indicator's unit",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not a whole number", value = ProblemExamples.TARGET_NOT_WHOLE)))
    public Response set(
            @Parameter(description = "The indicator code", schema = @Schema(implementation = Indicator.class))
            @PathParam("indicator") String indicator,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @PathParam("year") String year,
            @NotNull(message = "is required") @Valid TargetValue body, UriInfo uri) {
        TargetService.SetOutcome outcome = targets.set(Indicator.fromParameter("indicator", indicator),
                RequestParameters.requiredYear(year), body.target(),
                Actor.of(identity));
        return (outcome.created() ? Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, uri.getRequestUri().getRawPath()) : Response.ok())
                .entity(outcome.target()).type(MediaType.APPLICATION_JSON).build();
    }
}
