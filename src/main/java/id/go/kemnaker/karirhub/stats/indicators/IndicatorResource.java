package id.go.kemnaker.karirhub.stats.indicators;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.targets.Indicator;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The seven performance indicators (IKK) and the realisations of the reported ones")
public class IndicatorResource {

    private static final String REALISATION_PATH = "/{code}/realisations/{year}";

    private final RealisationService realisations;
    private final SecurityIdentity identity;

    IndicatorResource(RealisationService realisations, SecurityIdentity identity) {
        this.realisations = realisations;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List the indicators",
            description = "The seven Indikator Kinerja Kegiatan of Pusat Pasar Kerja (Renstra 2020-2024), in the order of "
                    + "LAKIP 2021 Table 3.1, with their unit, polarity and source. FACILITATED_WORKERS and SERVICE_USERS are "
                    + "computed from the counts; the planning team reports the other five.")
    @APIResponse(responseCode = "200", description = "All seven, in the order of Table 3.1",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "the seven IKK", value = IndicatorExamples.CATALOG)))
    public List<IndicatorView> list() {
        return Arrays.stream(Indicator.values()).map(IndicatorView::of).toList();
    }

    @GET
    @Path(REALISATION_PATH)
    @Operation(summary = "The realisation of an indicator in a year",
            description = "For a reported indicator, the value the planning team entered and its evidence note. For a "
                    + "computed one, the sum of the year's counts (FACILITATED_WORKERS: JOB_SEEKER; SERVICE_USERS: all four "
                    + "categories), without a note.")
    @APIResponse(responseCode = "200", description = "The realisation",
            content = @Content(schema = @Schema(implementation = RealisationView.class),
                    examples = { @ExampleObject(name = "reported", value = IndicatorExamples.REALISATION_REPORTED),
                            @ExampleObject(name = "computed", value = IndicatorExamples.REALISATION_COMPUTED) }))
    @APIResponse(responseCode = "400", description = "Unknown indicator code, or year not an integer from 2000 to 2099",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown indicator", value = ProblemExamples.UNKNOWN_INDICATOR)))
    @APIResponse(responseCode = "404", description = "No realisation is stored (reported), or no count (computed), for that year",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not entered", value = ProblemExamples.REALISATION_NOT_FOUND)))
    public RealisationView get(
            @Parameter(description = "The indicator code", schema = @Schema(implementation = Indicator.class))
            @PathParam("code") String code,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @PathParam("year") String year) {
        return realisations.get(Indicator.fromParameter("code", code), RequestParameters.requiredYear(year));
    }

    @PUT
    @Path(REALISATION_PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Enter or correct the realisation of a reported indicator (planner)",
            description = "Creates (201) or changes (200) what a reported indicator reached in a year, with the evidence it "
                    + "rests on (e.g. \"survey of 400 respondents, Krejcie-Morgan, 5% error\"). The value is in the "
                    + "indicator's unit: 0 or more with at most 4 decimals, a whole number for reports, at most 100 for a "
                    + "percent. The same value and note again change nothing; every change, of the value or of the note "
                    + "alone, is recorded in the audit trail (subject REALISATION). FACILITATED_WORKERS and SERVICE_USERS "
                    + "are computed from the counts and refuse a value (409).")
    @APIResponse(responseCode = "200", description = "Changed, or already had this value and note",
            content = @Content(schema = @Schema(implementation = RealisationView.class),
                    examples = @ExampleObject(name = "2021", value = IndicatorExamples.REALISATION_REPORTED)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = RealisationView.class),
                    examples = @ExampleObject(name = "2022", value = IndicatorExamples.REALISATION_CREATED)))
    @APIResponse(responseCode = "400", description = "Unknown indicator, year out of range, or a body that is missing a "
            + "field or holds a value that does not fit the indicator's unit",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "percent over 100", value = ProblemExamples.REALISATION_OVER_100)))
    @APIResponse(responseCode = "409", description = "The indicator is computed from the counts",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "computed indicator", value = ProblemExamples.REALISATION_OF_COMPUTED)))
    public Response put(
            @Parameter(description = "A reported indicator: DATA_UTILITY_INDEX, OPERATIONAL_POC_PERCENT, "
                    + "USER_SATISFACTION_INDEX, SERVICE_QUALITY_INDEX or DATA_BREACH_PERCENT",
                    schema = @Schema(implementation = Indicator.class))
            @PathParam("code") String code,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @PathParam("year") String year,
            @NotNull(message = "is required") @Valid RealisationValue body, UriInfo uri) {
        RealisationService.SetOutcome outcome = realisations.set(Indicator.fromParameter("code", code),
                RequestParameters.requiredYear(year), body.realisation(), body.evidence(), Actor.of(identity));
        return (outcome.created() ? Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, uri.getRequestUri().getRawPath()) : Response.ok())
                .entity(outcome.realisation()).type(MediaType.APPLICATION_JSON).build();
    }
}
