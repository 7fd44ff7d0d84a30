package id.go.kemnaker.karirhub.stats.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read what: statistics, counts, categories and targets are open data, unless
 * {@code karirhub.security.public-read=false}, when every read of the API needs a valid token
 * too (any role). Writes and the audit trail always need their role ({@link Roles}). Asked by
 * every entry a read can come through: the JAX-RS filter ({@link PublicReadFilter}) and the
 * Vert.x route of the most asked read.
 */
@ApplicationScoped
public class ReadAccess {

    private final boolean publicRead;

    ReadAccess(@ConfigProperty(name = "karirhub.security.public-read", defaultValue = "true") boolean publicRead) {
        this.publicRead = publicRead;
    }

    /** Whether a request with this method to this path (decoded, starting with /) needs a token to be a read at all. */
    public boolean needsToken(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        return read && !publicRead && path.startsWith("/api/");
    }
}
