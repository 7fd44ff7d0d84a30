package id.go.kemnaker.karirhub.stats.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
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
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed which figure, when, from what to what (auditor)")
public class AuditResource {

    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = 5_000;

    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "The audit trail (auditor)",
            description = "Every change to a count, a target or a realisation of a reported indicator, oldest first, "
                    + "including the initial load of the migrated 2021 figures (channel initial-load). The id of the last entry is "
                    + "the data version that the statistics, series and report answers name (dataVersion) and put in their "
                    + "ETags; asOf on those answers replays these entries. Paged by keyset: pass the 'next' of one page as 'after' to get the "
                    + "following one. Entry ids grow in commit order, so an ETL job that polls with after=<last id seen> "
                    + "never misses a change.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(schema = @Schema(implementation = AuditPage.class),
                    examples = @ExampleObject(name = "a correction", value = """
                            {"entries":[{"id":1042,"changedAt":"2026-11-27T08:15:30.123Z","actor":"siti.rahma@kemnaker.go.id",\
                            "channel":"api","subject":"COUNT","category":"JOB_SEEKER","indicator":null,"year":2021,"month":1,\
                            "week":1,"oldValue":3770,"newValue":3790,"evidence":null}],"next":null}""")))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown category", value = ProblemExamples.UNKNOWN_CATEGORY)))
    public AuditPage list(
            @Parameter(description = "Only changes at or after this instant (ISO-8601 with offset)", example = "2026-11-01T00:00:00Z")
            @QueryParam("since") String since,
            @Parameter(description = "Only changes of counts of this category", schema = @Schema(implementation = Category.class))
            @QueryParam("category") String category,
            @Parameter(description = "Only changes of this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                    maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @Parameter(description = "Cursor: the 'next' of the previous page, or the id of the last entry seen", example = "1042")
            @QueryParam("after") String after,
            @Parameter(description = "Entries per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5000",
                    defaultValue = "500"))
            @QueryParam("limit") String limit) {
        return audit.page(cursor(after), instant(since), RequestParameters.optionalCategory(category),
                RequestParameters.optionalYear(year), limit(limit));
    }

    private static long cursor(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        String digits = raw.trim();
        if (digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(digits);
        }
        throw new InvalidParameterException("after", "must be the 'next' cursor of a previous page (a non-negative integer)");
    }

    private static OffsetDateTime instant(String raw) {
        Instant since = RequestParameters.optionalMoment("since", raw);
        return since == null ? null : since.atOffset(ZoneOffset.UTC);
    }

    private static int limit(String raw) {
        Integer limit = RequestParameters.optionalInteger("limit", raw, 1, MAX_LIMIT);
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
