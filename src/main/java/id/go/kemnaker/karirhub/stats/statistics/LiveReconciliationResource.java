package id.go.kemnaker.karirhub.stats.statistics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * Reported against live figures, week by week. Not cached: live counts move with every event,
 * outside the data version that keys the cache.
 */
@Path("/api/v1/statistics/live-reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class LiveReconciliationResource {

    private final LiveReconciliationService reconciliations;

    LiveReconciliationResource(LiveReconciliationService reconciliations) {
        this.reconciliations = reconciliations;
    }

    @GET
    @APIResponses
    public Response reconcile(@Parameter(ref = "categoryRequired") @QueryParam("category") String category,
            @Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "reconciliation-region") @QueryParam("region") String region) {
        LiveReconciliationService.Scope scope = reconciliations.scope(category, year, region);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(reconciliations.reconcile(scope)).cacheControl(noStore).build();
    }
}
