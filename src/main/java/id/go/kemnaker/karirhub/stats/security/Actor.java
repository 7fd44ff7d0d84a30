package id.go.kemnaker.karirhub.stats.security;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who the audit trail names for a request: the token's subject. */
public final class Actor {

    private Actor() {
    }

    public static String of(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal.getName();
    }
}
