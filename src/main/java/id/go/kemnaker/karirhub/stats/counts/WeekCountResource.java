package id.go.kemnaker.karirhub.stats.counts;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.audit.AuditEntryView;
import id.go.kemnaker.karirhub.stats.audit.AuditService;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * One weekly count: a category in a reporting week (Minggu I-IV) of a month. What each operation answers is documented in {@code META-INF/openapi.yaml}.
 */
@Path("/api/v1/counts/{category}/{year}/{month}/weeks/{week}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counts")
public class WeekCountResource {

    private final CountCorrectionService corrections;
    private final AuditService audit;
    private final SecurityIdentity identity;

    WeekCountResource(CountCorrectionService corrections, AuditService audit, SecurityIdentity identity) {
        this.corrections = corrections;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @APIResponses
    public Response get(@Parameter(ref = "category") @PathParam("category") String category,
            @Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "month") @PathParam("month") String month,
            @Parameter(ref = "week") @PathParam("week") String week,
            @Parameter(ref = "If-None-Match-Count") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return CountResponses.read(corrections.get(CountResponses.weekKey(category, year, month, week)), ifNoneMatch);
    }

    @PUT
    @APIResponses
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DATA_OFFICER)
    public Response put(@Parameter(ref = "category") @PathParam("category") String category,
            @Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "month") @PathParam("month") String month,
            @Parameter(ref = "week") @PathParam("week") String week,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "is required") @Valid CountValue body, UriInfo uri) {
        return CountResponses.stored(corrections.put(CountResponses.weekKey(category, year, month, week), body.count(), ifMatch, Actor.of(identity)), uri);
    }

    @DELETE
    @APIResponses
    @RolesAllowed(Roles.DATA_OFFICER)
    public Response delete(@Parameter(ref = "category") @PathParam("category") String category,
            @Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "month") @PathParam("month") String month,
            @Parameter(ref = "week") @PathParam("week") String week,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        corrections.delete(CountResponses.weekKey(category, year, month, week), ifMatch, Actor.of(identity));
        return Response.noContent().build();
    }

    @GET
    @APIResponses
    @Path("/history")
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEntryView> history(@Parameter(ref = "category") @PathParam("category") String category,
            @Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "month") @PathParam("month") String month,
            @Parameter(ref = "week") @PathParam("week") String week) {
        CountKey key = CountResponses.weekKey(category, year, month, week);
        return audit.historyOf(key.category(), key.year(), key.month(), key.week());
    }
}
