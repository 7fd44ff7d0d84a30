import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints a short-lived bearer token signed with the DEVELOPMENT key (dev/jwt/private-key.pem),
 * which only the dev and test profiles trust. Needs nothing but JDK 17:
 *
 * <pre>java dev/MintDevToken.java ROLE [SUBJECT] [MINUTES]</pre>
 *
 * ROLE is data-officer, planner, auditor or event-publisher. Prints the token on standard output.
 */
public class MintDevToken {

    private static final String ISSUER = "https://karirhub-stats.dev.local";
    private static final Set<String> ROLES = Set.of("data-officer", "planner", "auditor", "event-publisher");

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !ROLES.contains(args[0])) {
            System.err.println("usage: java dev/MintDevToken.java data-officer|planner|auditor|event-publisher [subject] [minutes]");
            System.exit(2);
        }
        String role = args[0];
        String subject = args.length > 1 ? args[1] : "dev-" + role;
        long minutes = args.length > 2 ? Long.parseLong(args[2]) : 60;
        long now = Instant.now().getEpochSecond();

        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + json(subject) + "\",\"upn\":\"" + json(subject)
                + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + minutes * 60)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(developmentKey());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + base64Url(rsa.sign()));
    }

    private static PrivateKey developmentKey() throws Exception {
        Path pem = Path.of(System.getProperty("karirhub.dev-key", "dev/jwt/private-key.pem"));
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
