package id.go.kemnaker.karirhub.stats.web;

import java.util.function.Supplier;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.go.kemnaker.karirhub.stats.cache.Conditional;
import id.go.kemnaker.karirhub.stats.problem.PreconditionFailedException;

/**
 * Answers about reference lists (regions, code lists): they change only through migrations, so
 * an answer's ETag is the list's fingerprint and the request, and it may be kept for an hour.
 */
public final class ReferenceAnswers {

    private static final CacheControl ONE_HOUR = CacheControl.valueOf("max-age=3600");

    private ReferenceAnswers() {
    }

    /**
     * 412 when If-Match names another ETag; 304 when If-None-Match names this one; else the body
     * (made only then) as JSON, with the ETag and Cache-Control.
     */
    public static Response conditional(HttpHeaders headers, String etag, Supplier<Object> body) {
        if (!Conditional.matches(headers.getHeaderString(HttpHeaders.IF_MATCH), etag)) {
            throw new PreconditionFailedException("The precondition does not hold: this answer's ETag is " + etag
                    + "; send it in If-Match, or leave If-Match out");
        }
        if (Conditional.notModified(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), null, etag, null)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).cacheControl(ONE_HOUR).build();
        }
        return Response.ok(body.get(), MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, etag).cacheControl(ONE_HOUR).build();
    }
}
