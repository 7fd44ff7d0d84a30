package id.go.kemnaker.karirhub.stats.counts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import id.go.kemnaker.karirhub.stats.audit.AuditEntryView;
import id.go.kemnaker.karirhub.stats.audit.AuditService;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.counts.CountCorrectionService.PutOutcome;
import id.go.kemnaker.karirhub.stats.counts.CountCorrectionService.TaggedCount;
import id.go.kemnaker.karirhub.stats.counts.CountWriter.CountWrite;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counts", description = "The counts as KarirHub reported them")
public class CountResource {

    private static final String MONTH_PATH = "/{category}/{year}/{month}";
    private static final String WEEK_PATH = "/{category}/{year}/{month}/weeks/{week}";
    static final int MAX_BATCH = 10_000;

    private final CountService counts;
    private final CachedAnswers cache;
    private final CountCorrectionService corrections;
    private final AuditService audit;
    private final SecurityIdentity identity;

    CountResource(CountService counts, CountCorrectionService corrections, AuditService audit, SecurityIdentity identity,
            CachedAnswers cache) {
        this.counts = counts;
        this.cache = cache;
        this.corrections = corrections;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
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
    public Uni<Response> list(
            @Parameter(description = "Only this category", schema = @Schema(implementation = Category.class))
            @QueryParam("category") String category,
            @Parameter(description = "Only this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"),
                    example = "2021")
            @QueryParam("year") String year,
            @Parameter(description = "Only this month", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12"),
                    example = "1")
            @QueryParam("month") String month,
            @Context HttpHeaders headers) {
        Category onlyCategory = RequestParameters.optionalCategory(category);
        Integer onlyYear = RequestParameters.optionalYear(year);
        Integer onlyMonth = RequestParameters.optionalMonth(month);
        AnswerKey key = new AnswerKey("counts?category=" + onlyCategory + "&year=" + onlyYear + "&month=" + onlyMonth,
                Representation.JSON, false);
        return cache.serve(headers, key, () -> counts.findAnswer(onlyCategory, onlyYear, onlyMonth));
    }

    @GET
    @Path(WEEK_PATH)
    @Operation(summary = "Read one weekly count", description = "The count of a category in a reporting week, with a strong "
            + "ETag to quote in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The count; header ETag identifies this version of it",
            content = @Content(schema = @Schema(implementation = CountView.class),
                    examples = @ExampleObject(name = "2021-01 week I", value = CountExamples.WEEK)))
    @APIResponse(responseCode = "400", description = "A path parameter is not valid",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown category", value = ProblemExamples.UNKNOWN_CATEGORY)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the stored version; no body")
    @APIResponse(responseCode = "404", description = "No count is stored for that week",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not stored", value = ProblemExamples.COUNT_NOT_FOUND)))
    public Response getWeek(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month, @PathParam("week") String week,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return read(corrections.get(weekKey(category, year, month, week)), ifNoneMatch);
    }

    @GET
    @Path(MONTH_PATH)
    @Operation(summary = "Read one month total", description = "The count of a category reported as a month total "
            + "(no reporting weeks), with a strong ETag to quote in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The count; header ETag identifies this version of it",
            content = @Content(schema = @Schema(implementation = CountView.class),
                    examples = @ExampleObject(name = "2021-01 employers", value = CountExamples.MONTH)))
    @APIResponse(responseCode = "400", description = "A path parameter is not valid",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown category", value = ProblemExamples.UNKNOWN_CATEGORY)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the stored version; no body")
    @APIResponse(responseCode = "404", description = "No month total is stored for that month",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not stored", value = ProblemExamples.COUNT_NOT_FOUND)))
    public Response getMonth(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return read(corrections.get(monthKey(category, year, month)), ifNoneMatch);
    }

    @PUT
    @Path(WEEK_PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DATA_OFFICER)
    @Operation(summary = "Store or correct one weekly count (data-officer)",
            description = "Creates the count (201) or changes it (200); sending the stored value again changes nothing and "
                    + "records no audit entry (200). With If-Match, the change is made only if the count still has that ETag "
                    + "(412 otherwise), so two officers cannot overwrite each other unknowingly. A month that holds a month "
                    + "total cannot take week counts (409). Every change is recorded in the audit trail (channel api).")
    @APIResponse(responseCode = "200", description = "Changed, or already had this value",
            content = @Content(schema = @Schema(implementation = CountView.class),
                    examples = @ExampleObject(name = "corrected", value = CountExamples.WEEK)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CountView.class),
                    examples = @ExampleObject(name = "created", value = CountExamples.WEEK)))
    @APIResponse(responseCode = "400", description = "A path parameter or the body is not valid",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "negative count", value = ProblemExamples.NEGATIVE_COUNT)))
    @APIResponse(responseCode = "409", description = "The month holds a month total",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "month total in the way", value = ProblemExamples.GRANULARITY_CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the stored count",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "stale ETag", value = ProblemExamples.STALE_ETAG)))
    public Response putWeek(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month, @PathParam("week") String week,
            @Parameter(description = "ETag from a previous read; the change is refused if the count changed since")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "is required") @Valid CountValue body, UriInfo uri) {
        return put(weekKey(category, year, month, week), body, ifMatch, uri);
    }

    @PUT
    @Path(MONTH_PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DATA_OFFICER)
    @Operation(summary = "Store or correct one month total (data-officer)",
            description = "For sources that report only a month total. Same rules as the weekly PUT: 201 created, 200 changed "
                    + "or unchanged, 412 on a stale If-Match, 409 when the month holds week counts.")
    @APIResponse(responseCode = "200", description = "Changed, or already had this value",
            content = @Content(schema = @Schema(implementation = CountView.class),
                    examples = @ExampleObject(name = "corrected", value = CountExamples.MONTH)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CountView.class),
                    examples = @ExampleObject(name = "created", value = CountExamples.MONTH)))
    @APIResponse(responseCode = "400", description = "A path parameter or the body is not valid",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "negative count", value = ProblemExamples.NEGATIVE_COUNT)))
    @APIResponse(responseCode = "409", description = "The month holds week counts",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "weeks in the way", value = ProblemExamples.GRANULARITY_CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the stored count",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "stale ETag", value = ProblemExamples.STALE_ETAG)))
    public Response putMonth(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month,
            @Parameter(description = "ETag from a previous read; the change is refused if the count changed since")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "is required") @Valid CountValue body, UriInfo uri) {
        return put(monthKey(category, year, month), body, ifMatch, uri);
    }

    @DELETE
    @Path(WEEK_PATH)
    @RolesAllowed(Roles.DATA_OFFICER)
    @Operation(summary = "Delete one weekly count (data-officer)",
            description = "The week becomes 'not reported' again. Recorded in the audit trail. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No count is stored for that week",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not stored", value = ProblemExamples.COUNT_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the stored count",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "stale ETag", value = ProblemExamples.STALE_ETAG)))
    public Response deleteWeek(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month, @PathParam("week") String week,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        corrections.delete(weekKey(category, year, month, week), ifMatch, Actor.of(identity));
        return Response.noContent().build();
    }

    @DELETE
    @Path(MONTH_PATH)
    @RolesAllowed(Roles.DATA_OFFICER)
    @Operation(summary = "Delete one month total (data-officer)",
            description = "The month becomes 'not reported' again for that category. Recorded in the audit trail. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No month total is stored for that month",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not stored", value = ProblemExamples.COUNT_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the stored count",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "stale ETag", value = ProblemExamples.STALE_ETAG)))
    public Response deleteMonth(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        corrections.delete(monthKey(category, year, month), ifMatch, Actor.of(identity));
        return Response.noContent().build();
    }

    @GET
    @Path(WEEK_PATH + "/history")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "History of one weekly count (auditor)",
            description = "Every recorded change of the count, oldest first: the initial load, corrections, deletions.")
    @APIResponse(responseCode = "200", description = "The changes (empty when there never was such a count)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "loaded then corrected", value = CountExamples.HISTORY)))
    public List<AuditEntryView> weekHistory(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month, @PathParam("week") String week) {
        return audit.historyOf(weekKey(category, year, month, week));
    }

    @GET
    @Path(MONTH_PATH + "/history")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "History of one month total (auditor)",
            description = "Every recorded change of the month total, oldest first.")
    @APIResponse(responseCode = "200", description = "The changes (empty when there never was such a count)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "loaded then corrected", value = CountExamples.HISTORY)))
    public List<AuditEntryView> monthHistory(@PathParam("category") String category, @PathParam("year") String year,
            @PathParam("month") String month) {
        return audit.historyOf(monthKey(category, year, month));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DATA_OFFICER)
    @Operation(summary = "Store many counts at once (data-officer)",
            description = "A JSON array of up to 10,000 counts, for systems that push figures. All or nothing: when any item "
                    + "is invalid (400) or conflicts with stored data or another item (409), nothing is stored. Items with the "
                    + "stored value count as unchanged and are not audited; the others are recorded with channel batch.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = WriteSummary.class),
                    examples = @ExampleObject(name = "one month of weeks", value = "{\"created\":4,\"updated\":0,\"unchanged\":0}")))
    @APIResponse(responseCode = "400", description = "An item is invalid, repeats another, or there are too many",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "invalid item", value = ProblemExamples.INVALID_BATCH_ITEM)))
    @APIResponse(responseCode = "409", description = "Items would mix week counts and a month total in one month",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "month total in the way", value = ProblemExamples.GRANULARITY_CONFLICT)))
    public WriteSummary batch(
            @NotNull(message = "is required (a JSON array)") @Size(max = MAX_BATCH, message = "holds more than 10000 items")
            List<@NotNull(message = "must be an object") @Valid BatchItem> items) {
        List<CountWrite> writes = new ArrayList<>(items.size());
        Map<CountKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CountKey key = items.get(i).key();
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                throw new InvalidParameterException("[" + i + "]", "repeats item [" + earlier + "] (" + key.describe() + ")");
            }
            writes.add(new CountWrite(key, items.get(i).count(), "[" + i + "]"));
        }
        return corrections.batch(writes, Actor.of(identity));
    }

    private Response put(CountKey key, CountValue body, String ifMatch, UriInfo uri) {
        PutOutcome outcome = corrections.put(key, body.count(), ifMatch, Actor.of(identity));
        Response.ResponseBuilder response = outcome.created()
                ? Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, uri.getRequestUri().getRawPath())
                : Response.ok();
        return tagged(response, outcome.count());
    }

    private static final String IF_NONE_MATCH = "The ETag of an earlier read: 304 while the count still has it";

    /** A read of one count: 304 when the caller's If-None-Match still names its version. */
    private static Response read(TaggedCount count, String ifNoneMatch) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim().startsWith("W/") ? tag.trim().substring(2) : tag.trim();
                if (candidate.equals("*") || candidate.equals(count.etag())) {
                    return Response.notModified().header(HttpHeaders.ETAG, count.etag()).build();
                }
            }
        }
        return tagged(Response.ok(), count);
    }

    private static Response tagged(Response.ResponseBuilder response, TaggedCount count) {
        return response.header(HttpHeaders.ETAG, count.etag()).entity(count.count()).type(MediaType.APPLICATION_JSON).build();
    }

    private static CountKey weekKey(String category, String year, String month, String week) {
        return new CountKey(RequestParameters.requiredCategory(category), RequestParameters.requiredYear(year),
                RequestParameters.requiredMonth(month), RequestParameters.requiredWeek(week));
    }

    private static CountKey monthKey(String category, String year, String month) {
        return new CountKey(RequestParameters.requiredCategory(category), RequestParameters.requiredYear(year),
                RequestParameters.requiredMonth(month), null);
    }
}
