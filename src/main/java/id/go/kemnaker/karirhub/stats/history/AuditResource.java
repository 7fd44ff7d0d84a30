package id.go.kemnaker.karirhub.stats.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = 5_000;

    private final AuditService audit;
    private final RegionDirectory regions;

    AuditResource(AuditService audit, RegionDirectory regions) {
        this.audit = audit;
        this.regions = regions;
    }

    @GET
    @APIResponses
    @RolesAllowed(Roles.AUDITOR)
    public AuditPage list(
            @Parameter(ref = "audit-since") @QueryParam("since") String since,
            @Parameter(ref = "audit-category") @QueryParam("category") String category,
            @Parameter(ref = "audit-year") @QueryParam("year") String year,
            @Parameter(ref = "audit-region") @QueryParam("region") String region,
            @Parameter(ref = "audit-after") @QueryParam("after") String after,
            @Parameter(ref = "audit-limit") @QueryParam("limit") String limit) {
        return audit.page(cursor(after), instant(since), RequestParameters.optionalCategory(category),
                RequestParameters.optionalYear(year), RegionQuery.optionalCode("region", region, regions), limit(limit));
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
