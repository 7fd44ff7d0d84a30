package id.go.kemnaker.karirhub.stats.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = 5_000;

    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @APIResponses
    @RolesAllowed(Roles.AUDITOR)
    public AuditPage list(
            @Parameter(ref = "audit-since") @QueryParam("since") String since,
            @Parameter(ref = "audit-category") @QueryParam("category") String category,
            @Parameter(ref = "audit-year") @QueryParam("year") String year,
            @Parameter(ref = "audit-after") @QueryParam("after") String after,
            @Parameter(ref = "audit-limit") @QueryParam("limit") String limit) {
        return audit.page(cursor(after), instant(since), RequestParameters.optionalCategory(category),
                RequestParameters.optionalYear(year), limit(limit));
    }

    private static long cursor(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            long cursor = Long.parseLong(raw.trim());
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("after", "must be the 'next' cursor of a previous page (a non-negative integer)");
    }

    private static OffsetDateTime instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("since", "must be an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z");
        }
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }
}
