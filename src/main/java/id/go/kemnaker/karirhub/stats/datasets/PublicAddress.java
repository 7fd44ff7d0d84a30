package id.go.kemnaker.karirhub.stats.datasets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The base of the absolute URLs in the metadata and the catalogue (the IRIs a harvester stores
 * and follows): {@code karirhub.satudata.public-url} when the operator set it, whatever the
 * request says; otherwise the address the request came to, which is what its Host header says.
 * Forwarded headers (X-Forwarded-Host, Forwarded) are never read here: the HTTP layer ignores
 * them unless the operator configures {@code quarkus.http.proxy.*}. The configured URL is checked
 * at start-up, and the deployment files' placeholder on the reserved {@code .invalid} domain is
 * refused, so a deployment cannot publish links nobody can resolve. Part of every cache key.
 */
@ApplicationScoped
public class PublicAddress {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class);

    private final Optional<String> configured;

    PublicAddress(SatuDataConfig config) {
        this.configured = config.publicUrl().map(PublicAddress::checked);
    }

    void onStart(@Observes StartupEvent event) {
        if (configured.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("KARIRHUB_SATUDATA_PUBLIC_URL is not set: the URLs of /api/v1/datasets and /api/v1/catalog follow the "
                    + "Host header of each request. Set it to the address harvesters reach the service at, e.g. "
                    + "https://karirhub-stats.kemnaker.go.id.");
        }
    }

    /** http://localhost:8080, without a trailing slash; {@code requestBase} is the base URI the request came to. */
    public String of(URI requestBase) {
        return configured.orElseGet(() -> withoutTrailingSlash(requestBase.toString()));
    }

    /**
     * The configured public URL without its trailing slash, if it can be the base of links: an
     * absolute http or https URL with a host, maybe a path, and no user, query or fragment.
     */
    static String checked(String url) {
        String setting = "karirhub.satudata.public-url (KARIRHUB_SATUDATA_PUBLIC_URL)";
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + " is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(setting + " must be an absolute http or https URL with a host, such as "
                    + "https://karirhub-stats.kemnaker.go.id; got '" + url + "'");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(setting + " must have no user, query or fragment; got '" + url + "'");
        }
        if (uri.getHost().toLowerCase(Locale.ROOT).endsWith(".invalid")) {
            throw new IllegalArgumentException(setting + " is still the placeholder " + url + " of the deployment files: set it "
                    + "to the address harvesters reach the service at, e.g. https://karirhub-stats.kemnaker.go.id");
        }
        return withoutTrailingSlash(uri.toString());
    }

    private static String withoutTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
