package id.go.kemnaker.karirhub.stats.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests: signed with the development key the test profile trusts, or not. */
public final class Tokens {

    public static final String ISSUER = "https://karirhub-stats.dev.local";
    private static final PrivateKey TRUSTED = privateKey(Path.of("dev/jwt/private-key.pem"));
    private static final PrivateKey UNTRUSTED = privateKey(Path.of("src/test/resources/jwt/untrusted-private-key.pem"));

    private Tokens() {
    }

    public static String bearer(String role) {
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-" + role).groups(role).expiresIn(300).sign(TRUSTED);
    }

    public static String bearer(String role, String subject) {
        return "Bearer " + Jwt.issuer(ISSUER).subject(subject).groups(role).expiresIn(300).sign(TRUSTED);
    }

    public static String expired(String role) {
        Instant issued = Instant.now().minusSeconds(3_600);
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-" + role).groups(role).issuedAt(issued)
                .expiresAt(issued.plusSeconds(600)).sign(TRUSTED);
    }

    public static String signedByAnUnknownKey(String role) {
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-" + role).groups(role).expiresIn(300).sign(UNTRUSTED);
    }

    public static String fromAnotherIssuer(String role) {
        return "Bearer " + Jwt.issuer("https://elsewhere.example").subject("test-" + role).groups(role).expiresIn(300).sign(TRUSTED);
    }

    /** The development key the test profile trusts, for tokens a test builds claim by claim. */
    public static PrivateKey trustedKey() {
        return TRUSTED;
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
