package id.go.kemnaker.karirhub.stats.counts;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.history.AuditEntryView;
import id.go.kemnaker.karirhub.stats.history.AuditService;
import id.go.kemnaker.karirhub.stats.cache.Conditional;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.counts.CountCorrectionService.PutOutcome;
import id.go.kemnaker.karirhub.stats.counts.CountCorrectionService.TaggedCount;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.Created;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * One count at its path: a category in a reporting week ({@code .../weeks/{week}}) or, for a
 * source that reports only month totals, in the whole month. Both kinds follow the same rules;
 * what each operation answers is in {@code META-INF/openapi.yaml}.
 */
@Path("/api/v1/counts/{category}/{year}/{month}")
@Produces(MediaType.APPLICATION_JSON)
public class SingleCountResource {

    private static final String WEEK = "/weeks/{week}";

    private final CountCorrectionService corrections;
    private final AuditService audit;
    private final SecurityIdentity identity;
    private final RegionDirectory regions;
    private final CodeListDirectory codeLists;

    SingleCountResource(CountCorrectionService corrections, AuditService audit, SecurityIdentity identity,
            RegionDirectory regions, CodeListDirectory codeLists) {
        this.corrections = corrections;
        this.audit = audit;
        this.identity = identity;
        this.regions = regions;
        this.codeLists = codeLists;
    }

    @GET
    @Path(WEEK)
    @APIResponses
    public Response getWeek(@BeanParam CountPathParams path,
            @Parameter(ref = "If-None-Match-Count") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return read(path.existingCell(regions, codeLists), ifNoneMatch);
    }

    @GET
    @APIResponses
    public Response getMonth(@BeanParam CountPathParams path,
            @Parameter(ref = "If-None-Match-Count") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return read(path.existingCell(regions, codeLists), ifNoneMatch);
    }

    @PUT
    @Path(WEEK)
    @APIResponses
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DATA_OFFICER)
    public Response putWeek(@BeanParam CountPathParams path,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "is required") @Valid CountValue body, HttpServerRequest request) {
        return put(path.cell(regions, codeLists), ifMatch, body, request);
    }

    @PUT
    @APIResponses
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DATA_OFFICER)
    public Response putMonth(@BeanParam CountPathParams path,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "is required") @Valid CountValue body, HttpServerRequest request) {
        return put(path.cell(regions, codeLists), ifMatch, body, request);
    }

    @DELETE
    @Path(WEEK)
    @APIResponses
    @RolesAllowed(Roles.DATA_OFFICER)
    public Response deleteWeek(@BeanParam CountPathParams path,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        corrections.delete(path.cell(regions, codeLists), ifMatch, Actor.of(identity));
        return Response.noContent().build();
    }

    @DELETE
    @APIResponses
    @RolesAllowed(Roles.DATA_OFFICER)
    public Response deleteMonth(@BeanParam CountPathParams path,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        corrections.delete(path.cell(regions, codeLists), ifMatch, Actor.of(identity));
        return Response.noContent().build();
    }

    @GET
    @Path(WEEK + "/history")
    @APIResponses
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEntryView> weekHistory(@BeanParam CountPathParams path) {
        return audit.historyOf(path.existingCell(regions, codeLists));
    }

    @GET
    @Path("/history")
    @APIResponses
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEntryView> monthHistory(@BeanParam CountPathParams path) {
        return audit.historyOf(path.existingCell(regions, codeLists));
    }

    /** 304 when the caller's If-None-Match still names the count's version, else the count with its ETag. */
    private Response read(Cell key, String ifNoneMatch) {
        TaggedCount count = corrections.get(key);
        return Conditional.notModified(ifNoneMatch, null, count.etag(), null)
                ? Response.notModified().header(HttpHeaders.ETAG, count.etag()).build() : tagged(Response.ok(), count);
    }

    /** 201 with Location when the PUT created the count, 200 otherwise; the count's new ETag either way. */
    private Response put(Cell key, String ifMatch, CountValue body, HttpServerRequest request) {
        PutOutcome outcome = corrections.put(key, body.count(), ifMatch, Actor.of(identity));
        return tagged(outcome.created() ? Created.at(request, CountView.query(key)) : Response.ok(), outcome.count());
    }

    private static Response tagged(Response.ResponseBuilder response, TaggedCount count) {
        return response.header(HttpHeaders.ETAG, count.etag()).entity(count.count()).type(MediaType.APPLICATION_JSON).build();
    }
}
