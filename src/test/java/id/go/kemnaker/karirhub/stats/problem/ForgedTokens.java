package id.go.kemnaker.karirhub.stats.problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import io.smallrye.jwt.build.Jwt;

/**
 * Tokens signed with the trusted development key that break one rule each: what an attacker
 * or a misconfigured identity provider would send.
 */
final class ForgedTokens {

    private static final String ISSUER = "https://karirhub-stats.dev.local";
    private static final PrivateKey TRUSTED = privateKey(Path.of("dev/jwt/private-key.pem"));

    private ForgedTokens() {
    }

    static String issuedInTheFuture(String role) {
        Instant issued = Instant.now().plusSeconds(3_600);
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-" + role).groups(role).issuedAt(issued).expiresAt(issued.plusSeconds(300))
                .sign(TRUSTED);
    }

    static String livingTooLong(String role) {
        Instant issued = Instant.now().minusSeconds(10);
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-" + role).groups(role).issuedAt(issued)
                .expiresAt(issued.plusSeconds(25 * 3_600)).sign(TRUSTED);
    }

    static String groupsAsAString(String role) {
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-" + role).claim("groups", role).expiresIn(300).sign(TRUSTED);
    }

    static String withSubject(String role, String subject) {
        return "Bearer " + Jwt.issuer(ISSUER).subject(subject).groups(role).expiresIn(300).sign(TRUSTED);
    }

    static String withoutIssuedAt(String role) {
        return "Bearer " + signed("{\"iss\":\"" + ISSUER + "\",\"sub\":\"test-" + role + "\",\"groups\":[\"" + role
                + "\"],\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}");
    }

    /** RS256 over the given claims as they are: the builder would add the iat this test leaves out. */
    private static String signed(String claims) {
        try {
            String input = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(TRUSTED);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** alg none: no signature at all. */
    static String unsigned(String role) {
        long now = Instant.now().getEpochSecond();
        return "Bearer " + base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64("{\"iss\":\"" + ISSUER
                + "\",\"sub\":\"x\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 300) + "}") + ".";
    }

    /** A valid token whose payload was changed after signing (a role added). */
    static String tampered(String role) {
        String[] parts = Jwt.issuer(ISSUER).subject("test-auditor").groups("auditor").expiresIn(300).sign(TRUSTED).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"auditor\"]",
                "\"auditor\",\"" + role + "\"]");
        return "Bearer " + parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + pem, e);
        }
    }
}
