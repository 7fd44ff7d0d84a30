package id.go.kemnaker.karirhub.stats.counts;

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

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.web.QueryParameters;

@Path("/api/v1/counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counts", description = "The counts as KarirHub reported them")
public class CountResource {

    private final CountService counts;

    CountResource(CountService counts) {
        this.counts = counts;
    }

    @GET
    @Operation(summary = "List stored counts",
            description = "The counts as stored, ordered by year, month, category and reporting week (month totals first). "
                    + "Every filter is optional and they combine. A period that was not reported has no entry: "
                    + "absence means 'not reported', never zero.")
    @APIResponse(responseCode = "200", description = "The matching counts (possibly none)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CountView.class),
                    examples = @ExampleObject(name = "2021-01 job seekers and employers", value = """
                            [{"category":"EMPLOYER","year":2021,"month":1,"week":null,"count":1182},\
                            {"category":"JOB_SEEKER","year":2021,"month":1,"week":1,"count":3770},\
                            {"category":"JOB_SEEKER","year":2021,"month":1,"week":2,"count":3142},\
                            {"category":"JOB_SEEKER","year":2021,"month":1,"week":3,"count":1985},\
                            {"category":"JOB_SEEKER","year":2021,"month":1,"week":4,"count":2237},\
                            {"category":"PBK_TRAINING","year":2021,"month":1,"week":null,"count":6644}]""")))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown category", value = ProblemExamples.UNKNOWN_CATEGORY)))
    public List<CountView> list(
            @Parameter(description = "Only this category", schema = @Schema(implementation = Category.class))
            @QueryParam("category") String category,
            @Parameter(description = "Only this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"),
                    example = "2021")
            @QueryParam("year") String year,
            @Parameter(description = "Only this month", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12"),
                    example = "1")
            @QueryParam("month") String month) {
        return counts.find(QueryParameters.optionalCategory(category), QueryParameters.optionalYear(year),
                QueryParameters.optionalMonth(month));
    }
}
