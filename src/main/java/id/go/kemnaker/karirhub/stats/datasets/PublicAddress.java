package id.go.kemnaker.karirhub.stats.datasets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

/**
 * The base of the absolute URLs in the metadata and the catalogue: {@code karirhub.satudata.public-url}
 * when set (behind a proxy), otherwise the address the request came to. Part of every cache key.
 */
@ApplicationScoped
public class PublicAddress {

    private final SatuDataConfig config;

    PublicAddress(SatuDataConfig config) {
        this.config = config;
    }

    /** http://localhost:8080, without a trailing slash. */
    public String of(UriInfo uri) {
        String base = config.publicUrl().orElseGet(() -> uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
