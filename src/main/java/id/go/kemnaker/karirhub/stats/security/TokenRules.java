package id.go.kemnaker.karirhub.stats.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.TokenRejectedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Rules a token must keep beyond a valid signature, issuer and expiry (which SmallRye JWT
 * checks): it says when it was issued ({@code iat}), not later than now plus the clock skew;
 * it lives at most {@code karirhub.security.max-token-age} ({@code exp - iat}), so a leaked
 * long-lived token is useless; {@code groups} is a JSON array (a bare string would otherwise
 * be read as one role); and the subject, which the audit trail stores as the actor, is plain
 * text of at most {@value #MAX_SUBJECT_LENGTH} characters. A token that breaks one is
 * refused with 401 naming the rule.
 */
@ApplicationScoped
class TokenRules implements SecurityIdentityAugmentor {

    /** The width of {@code audit_entry.actor} and {@code count_import.actor}. */
    static final int MAX_SUBJECT_LENGTH = 200;

    private final Duration maxAge;
    private final Duration clockSkew;
    private final ObjectMapper json = new ObjectMapper();

    TokenRules(@ConfigProperty(name = "karirhub.security.max-token-age", defaultValue = "24h") Duration maxAge,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int clockSkewSeconds) {
        this.maxAge = maxAge;
        this.clockSkew = Duration.ofSeconds(clockSkewSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String broken = brokenRule(token);
        return broken == null ? Uni.createFrom().item(identity) : Uni.createFrom()
                .failure(new AuthenticationFailedException(broken, new TokenRejectedException(broken)));
    }

    private String brokenRule(JsonWebToken token) {
        JsonNode claims = claims(token.getRawToken());
        if (claims == null) {
            return "its claims cannot be read";
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && !groups.isArray()) {
            return "the groups claim must be a JSON array of role names";
        }
        JsonNode issuedAt = claims.get("iat");
        JsonNode expiresAt = claims.get("exp");
        if (issuedAt == null || !issuedAt.canConvertToLong() || expiresAt == null || !expiresAt.canConvertToLong()) {
            return "it must carry iat and exp as whole seconds";
        }
        Instant issued = Instant.ofEpochSecond(issuedAt.asLong());
        if (issued.isAfter(Instant.now().plus(clockSkew))) {
            return "it was issued in the future (iat " + issued + "; allowed clock skew " + clockSkew.toSeconds() + " s)";
        }
        Duration lifetime = Duration.ofSeconds(expiresAt.asLong() - issuedAt.asLong());
        if (lifetime.compareTo(maxAge) > 0) {
            return "its lifetime exp - iat is " + lifetime.toSeconds() + " s; at most " + maxAge.toSeconds()
                    + " s (karirhub.security.max-token-age) is accepted";
        }
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        if (subject == null || subject.isBlank()) {
            return "it must name its subject (sub)";
        }
        if (subject.length() > MAX_SUBJECT_LENGTH || !ClientText.isSingleLine(subject)) {
            return "its subject must be plain text of at most " + MAX_SUBJECT_LENGTH + " characters (the audit trail stores it)";
        }
        return null;
    }

    /** The payload of a token whose signature SmallRye JWT has already verified. */
    private JsonNode claims(String rawToken) {
        try {
            String[] parts = rawToken.split("\\.");
            return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return null;
        }
    }
}
