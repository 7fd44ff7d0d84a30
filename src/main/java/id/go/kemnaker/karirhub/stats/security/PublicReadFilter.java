package id.go.kemnaker.karirhub.stats.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.go.kemnaker.karirhub.stats.problem.ProblemResponses;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/** Refuses a read without a valid token where {@link ReadAccess} says it needs one. */
public class PublicReadFilter {

    private final ReadAccess access;
    private final CurrentIdentityAssociation identity;

    PublicReadFilter(ReadAccess access, CurrentIdentityAssociation identity) {
        this.access = access;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Response> requireTokenForPrivateReads(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(); // decoded: getRequestUri() fails on characters RFC 3986 forbids
        if (!access.needsToken(request.getMethod(), path)) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity()
                .map(user -> user.isAnonymous() ? ProblemResponses.unauthorized(path, "This service requires a bearer token "
                        + "for reading (karirhub.security.public-read=false)") : null)
                .onFailure().recoverWithItem(() -> ProblemResponses.unauthorized(path, "The bearer token is not valid"));
    }
}
