package id.go.kemnaker.karirhub.stats.statistics;

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
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The LAKIP indicators computed from the counts")
public class StatisticsResource {

    private final StatisticsService statistics;

    StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/facilitated-workers")
    @Operation(summary = "Workers facilitated by labour-market services (IKK 5) of a year",
            description = "Tenaga kerja yang difasilitasi layanan pasar kerja = active job seekers (JOB_SEEKER). "
                    + "Lists all 12 months; each month with its four reporting weeks (Minggu I-IV) or, when the source "
                    + "gave only a month total, with no weeks. Totals add up what was reported; a period that was not "
                    + "reported is null, never 0, and a year without data answers null totals. "
                    + "achievementPercent (capaian) = total ÷ target × 100, rounded HALF_UP to 2 decimals.")
    @APIResponse(responseCode = "200", description = "The figures of the year (LAKIP 2021 Table 3.3 for 2021)",
            content = @Content(schema = @Schema(implementation = FacilitatedWorkersStatistics.class),
                    examples = @ExampleObject(name = "2021", value = StatisticsExamples.FACILITATED_WORKERS_2021)))
    @APIResponse(responseCode = "400", description = "year is missing or not an integer from 2000 to 2099",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public FacilitatedWorkersStatistics facilitatedWorkers(
            @Parameter(description = "The year", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year) {
        return statistics.facilitatedWorkers(RequestParameters.requiredYear(year));
    }

    @GET
    @Path("/service-users")
    @Operation(summary = "Labour-market service users (IKK 6) of a year",
            description = "Pengguna layanan pasar kerja = JOB_SEEKER + EMPLOYER + PBK_TRAINING + PRAKERJA_TRAINING. "
                    + "Lists all 12 months with each category's month total (the month total as reported, or the sum "
                    + "of its reporting weeks). A category that did not report in a month is null there and the month "
                    + "total adds up the categories that did. "
                    + "achievementPercent (capaian) = total ÷ target × 100, rounded HALF_UP to 2 decimals.")
    @APIResponse(responseCode = "200", description = "The figures of the year (LAKIP 2021 Table 3.4 for 2021)",
            content = @Content(schema = @Schema(implementation = ServiceUserStatistics.class),
                    examples = @ExampleObject(name = "2021", value = StatisticsExamples.SERVICE_USERS_2021)))
    @APIResponse(responseCode = "400", description = "year is missing or not an integer from 2000 to 2099",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "year out of range", value = ProblemExamples.YEAR_OUT_OF_RANGE)))
    public ServiceUserStatistics serviceUsers(
            @Parameter(description = "The year", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year) {
        return statistics.serviceUsers(RequestParameters.requiredYear(year));
    }
}
