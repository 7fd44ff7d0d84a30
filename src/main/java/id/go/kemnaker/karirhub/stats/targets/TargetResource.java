package id.go.kemnaker.karirhub.stats.targets;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.web.QueryParameters;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Yearly targets of the indicators")
public class TargetResource {

    private final TargetService targets;

    TargetResource(TargetService targets) {
        this.targets = targets;
    }

    @GET
    @Operation(summary = "List yearly targets",
            description = "The targets of FACILITATED_WORKERS (IKK 5) and SERVICE_USERS (IKK 6), of one year or of every year, "
                    + "ordered by year and indicator. A year without targets answers an empty list.")
    @APIResponse(responseCode = "200", description = "The targets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TargetView.class),
                    examples = @ExampleObject(name = "2021", value = """
                            [{"indicator":"FACILITATED_WORKERS","year":2021,"target":2000000},\
                            {"indicator":"SERVICE_USERS","year":2021,"target":2200000}]""")))
    @APIResponse(responseCode = "400", description = "year is not an integer from 2000 to 2099",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public List<TargetView> list(
            @Parameter(description = "Only this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"),
                    example = "2021")
            @QueryParam("year") String year) {
        return targets.find(QueryParameters.optionalYear(year));
    }
}
