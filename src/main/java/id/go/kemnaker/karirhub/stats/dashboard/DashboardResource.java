package id.go.kemnaker.karirhub.stats.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * The public dashboard at {@code /dashboard}: a static page (META-INF/resources/dashboard) that
 * reads everything it shows from the API, and the one setting it needs from the server, its
 * poll interval. The page is no part of the API contract and hidden from the OpenAPI document;
 * its setting is served JSON like any read, so the contract documents it (getDashboardConfig).
 */
@Path("/dashboard")
public class DashboardResource {

    /** What the page asks for before anything else. */
    @Schema(name = "DashboardConfig")
    public record PageConfig(long pollIntervalMillis) {
    }

    private static final String PAGE = "META-INF/resources/dashboard/index.html";

    private final DashboardConfig config;
    private final byte[] page;

    DashboardResource(DashboardConfig config) {
        this.config = config;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("The dashboard page " + PAGE + " is missing from the application");
            }
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page itself, also without the trailing slash the static files would need. */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true)
    public byte[] page() {
        return page;
    }

    @GET
    @Path("/config")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponses
    public PageConfig config() {
        return new PageConfig(config.pollInterval().toMillis());
    }
}
