package id.go.kemnaker.karirhub.stats.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short fingerprint of reference data read from the database, the same on every instance: for ETags. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The first 8 bytes of the SHA-256 of the text, in hex. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
