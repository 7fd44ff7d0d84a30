package id.go.kemnaker.karirhub.stats.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.go.kemnaker.karirhub.stats.problem.ProblemResponses;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Statistics, counts, categories and targets are open data. With
 * {@code karirhub.security.public-read=false} every read of the API needs a valid token too
 * (any role); writes and the audit trail always need their role.
 */
public class PublicReadFilter {

    private final boolean publicRead;
    private final CurrentIdentityAssociation identity;

    PublicReadFilter(@ConfigProperty(name = "karirhub.security.public-read", defaultValue = "true") boolean publicRead,
            CurrentIdentityAssociation identity) {
        this.publicRead = publicRead;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Response> requireTokenForPrivateReads(ContainerRequestContext request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (publicRead || !read || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        String path = request.getUriInfo().getPath(); // decoded: getRequestUri() fails on characters RFC 3986 forbids
        return identity.getDeferredIdentity()
                .map(user -> user.isAnonymous() ? ProblemResponses.unauthorized(path, "This service requires a bearer token "
                        + "for reading (karirhub.security.public-read=false)") : null)
                .onFailure().recoverWithItem(() -> ProblemResponses.unauthorized(path, "The bearer token is not valid"));
    }
}
