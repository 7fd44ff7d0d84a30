package id.go.kemnaker.karirhub.stats.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Conditional requests (RFC 9110 section 13), for every read that has validators: the cached
 * answers, a single count, the regions. Plain strings in and out, so the JAX-RS resources and
 * the Vert.x route decide alike.
 */
public final class Conditional {

    /** RFC 9110 IMF-fixdate: the day always has two digits (RFC_1123_DATE_TIME would write "3 Jan"). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    /** Reading If-Modified-Since: lenient about the day's digits, as RFC 1123 dates in the wild are. */
    private static final DateTimeFormatter HTTP_DATE_IN = DateTimeFormatter.RFC_1123_DATE_TIME;

    private Conditional() {
    }

    /**
     * Whether a GET is answered 304: If-None-Match (weak comparison, or *) decides when present;
     * otherwise If-Modified-Since holds when nothing changed after that second ({@code changedAt}
     * null: the answer has no date, so only If-None-Match counts).
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant changedAt) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null || changedAt == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), HTTP_DATE_IN).toInstant();
            return !changedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }

    /** Whether If-Match holds: absent, *, or naming {@code etag} (strong comparison: a weak tag never matches). */
    public static boolean matches(String ifMatch, String etag) {
        if (ifMatch == null) {
            return true;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** An HTTP date (IMF-fixdate) for Last-Modified. */
    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
