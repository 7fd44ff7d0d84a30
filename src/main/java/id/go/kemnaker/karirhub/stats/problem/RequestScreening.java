package id.go.kemnaker.karirhub.stats.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The first thing every request meets, before JAX-RS: it refuses what no endpoint could read,
 * each time with the problem+json body every other error has.
 *
 * <ul>
 * <li>a request target longer than {@code karirhub.http.max-url-length} (414) or headers
 * larger than {@code karirhub.http.max-header-size} (431). The HTTP codec's own limits sit
 * far above these ({@code quarkus.http.limits.*}, 64 KiB), so that what exceeds ours is
 * answered here; only beyond the codec's limit does a bare 414/431 remain;</li>
 * <li>a body larger than {@code karirhub.imports.max-size} (413): at once by Content-Length,
 * and for a chunked body while it arrives;</li>
 * <li>a query string with bad percent-encoding, bytes that are not UTF-8, control characters
 * (NUL included), a parameter without a value or with only spaces ({@code region=}: the REST
 * layer would read it as absent, and an absent region means national), or a parameter repeated
 * with a different value (400 naming it);</li>
 * <li>an empty {@code If-Match} (400: an empty precondition is not "no precondition"), and a
 * body without a {@code Content-Type}, or with an empty one (415);</li>
 * <li>{@code OPTIONS *} (404);</li>
 * <li>a body that does not arrive whole within {@code karirhub.http.body-timeout} (408, connection closed).</li>
 * </ul>
 * An empty {@code Accept} header is read as absent, that is as {@code *}{@code /*}; one that accepts
 * {@code application/problem+json} accepts the success answer too; an empty {@code Host} is a 400.
 *
 * <p>Its failure handler turns a status that Vert.x itself fails a request with (a route
 * that does not exist below the JAX-RS tree, a body over the limit) into problem+json as well.
 */
@ApplicationScoped
class RequestScreening {

    /** How long, and how much more, a refused body is read before the connection is closed. */
    private static final int DRAIN_SECONDS = 5;
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    /**
     * How many requests may be handled one inside the other on one event-loop thread. A client
     * that pipelines requests (sends the next before the answer to the last) has the next one
     * handled as soon as an answer ends; an answer ended on the event loop (a cached read, an
     * error) so starts the next request deeper on the same stack, and a few hundred pipelined
     * requests overflowed it. A StackOverflowError there can strike inside Quarkus's class
     * loader while it reopens a jar and leave every later load of that jar waiting forever
     * (seen: every event loop and worker blocked). Past this depth the request is handled on a
     * fresh stack instead, a moment later, in the order it came.
     */
    private static final int MAX_NESTED_REQUESTS = 4;
    private static final ThreadLocal<int[]> NESTED = ThreadLocal.withInitial(() -> new int[1]);

    private final long maxBody;
    private final int maxUrlLength;
    private final long maxHeaderSize;
    private final long bodyTimeoutMillis;

    RequestScreening(@ConfigProperty(name = "karirhub.imports.max-size", defaultValue = "10M") MemorySize maxBody,
            @ConfigProperty(name = "karirhub.http.max-url-length", defaultValue = "8192") int maxUrlLength,
            @ConfigProperty(name = "karirhub.http.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize,
            @ConfigProperty(name = "karirhub.http.body-timeout", defaultValue = "30s") Duration bodyTimeout) {
        this.maxBody = maxBody.asLongValue();
        this.maxUrlLength = maxUrlLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.bodyTimeoutMillis = bodyTimeout.toMillis();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::unnested);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // A request the router fails before any route sees it (an undecodable query string)
        router.errorHandler(400, this::failed);
    }

    private void unnested(RoutingContext context) {
        int[] nested = NESTED.get();
        if (nested[0] >= MAX_NESTED_REQUESTS) {
            // paused, a body that arrives meanwhile waits for the handlers the screening sets
            HttpServerRequest request = context.request();
            request.pause();
            context.vertx().runOnContext(later -> {
                request.resume();
                unnested(context);
            });
            return;
        }
        nested[0]++;
        try {
            screen(context);
        } finally {
            nested[0]--;
        }
    }

    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = pathOf(request);
        if ("*".equals(request.uri())) {
            end(context, ProblemResponses.httpStatus(404, "The server-wide OPTIONS * is not supported; "
                    + "send OPTIONS to a resource's path to learn its methods", "*"));
            return;
        }
        if (!validPath(path)) {
            end(context, ProblemResponses.invalidParameters(path, List.of(new Problem.FieldError("path",
                    "is not validly percent-encoded UTF-8 (a '%' must be followed by two hex digits)"))));
            return;
        }
        if (request.uri().length() > maxUrlLength) {
            end(context, ProblemResponses.httpStatus(414, "The request target is " + request.uri().length()
                    + " characters long; the limit is " + maxUrlLength, path));
            return;
        }
        long headerSize = 0;
        for (Map.Entry<String, String> header : request.headers()) { // on every request: no stream, no copied list
            headerSize += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerSize > maxHeaderSize) {
            end(context, ProblemResponses.httpStatus(431, "The request headers take " + headerSize
                    + " bytes; the limit is " + maxHeaderSize, path));
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody) {
            end(context, tooLarge(path));
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && accept.isBlank()) {
            request.headers().remove("Accept");
        } else if (accept != null && accept.toLowerCase(Locale.ROOT).contains(Problem.MEDIA_TYPE) && !accept.contains("*/*")) {
            // Problem details are how errors come; accepting them says nothing against the success answer
            // (generated clients send only problem+json for a DELETE, whose success has no body).
            request.headers().set("Accept", accept + ", */*;q=0.001");
        }
        if (carriesBody(request.method()) && AcceptHeader.quality(request.getHeader("Accept"), "application/json") <= 0) {
            // a write answers JSON: refused before its body is read, not after it was stored
            end(context, ProblemResponses.httpStatus(406, "A write answers application/json (its errors "
                    + Problem.MEDIA_TYPE + "); the Accept header allows neither", path));
            return;
        }
        String host = request.getHeader("Host");
        if (host != null && host.isBlank()) {
            end(context, ProblemResponses.invalidParameters(path, List.of(new Problem.FieldError("Host",
                    "is empty; send the host name the service was reached at (absolute links are built from it)"))));
            return;
        }
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch != null && ifMatch.isBlank()) {
            end(context, ProblemResponses.invalidParameters(path, List.of(new Problem.FieldError("If-Match",
                    "is empty; send the ETag of the stored value, \"*\" for any, or leave the header out"))));
            return;
        }
        Problem badQuery = screenQuery(request.query(), path);
        if (badQuery != null) {
            end(context, badQuery);
            return;
        }
        // A body without Content-Length: chunked in HTTP/1.1, always possible in HTTP/2.
        boolean chunked = length == null && (request.getHeader("Transfer-Encoding") != null
                || request.version() == HttpVersion.HTTP_2);
        String contentType = request.getHeader("Content-Type");
        if ((chunked || (length != null && !"0".equals(length))) && (contentType == null || contentType.isBlank())
                && carriesBody(request.method())) {
            end(context, new Problem(ProblemResponses.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "The request has a body but no Content-Type; send Content-Type: application/json (text/csv or "
                            + "multipart/form-data for imports)", path, null));
            return;
        }
        if ((chunked || (length != null && !"0".equals(length))) && carriesBody(request.method())) {
            limitBodyTime(context);
        }
        if (chunked && carriesBody(request.method())) {
            // Without a Content-Length the size is known only while the body arrives: read it
            // here, up to the limit, and fail with 413 past it (answered by failed()).
            // A multipart body is parsed here too (the REST layer takes the parsed form over).
            boolean multipart = contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
            BodyHandler.create(multipart).setBodyLimit(maxBody).setDeleteUploadedFilesOnEnd(true)
                    .setUploadsDirectory(System.getProperty("java.io.tmpdir") + "/karirhub-uploads").handle(context);
            return;
        }
        context.next();
    }

    private void failed(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        if (malformedBody(context.failure())) {
            // The codec could not read the body it was streaming (a bad chunk size) and Vert.x has closed the
            // connection: no answer can reach the client. Said here so that it is not logged as a server error.
            if (!context.response().closed()) {
                context.response().putHeader("Connection", "close");
                end(context, new Problem(ProblemResponses.INVALID_BODY, "Invalid request body", 400, "The request body cannot "
                        + "be read: its chunked transfer coding is malformed", pathOf(context.request()),
                        List.of(new Problem.FieldError("body", "is not validly chunk-encoded"))));
            }
            return;
        }
        int status = context.statusCode();
        if (status < 400 || status >= 500) {
            context.next();
            return;
        }
        String path = pathOf(context.request());
        if (status == 400 && context.failure() == null && !validPath(path)) {
            end(context, ProblemResponses.invalidParameters(path, List.of(new Problem.FieldError("path", "is malformed"))));
            return;
        }
        end(context, status == 413 ? tooLarge(path) : ProblemResponses.httpStatus(status, statusDetail(status), path));
    }

    /** A failure of the HTTP codec while it read a body (Netty reports a bad chunk size as a NumberFormatException). */
    private static boolean malformedBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith("io.netty.handler.codec.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Problem tooLarge(String path) {
        return new Problem(ProblemResponses.TOO_LARGE, "Request body too large", 413,
                "The request body is larger than " + maxBody + " bytes; split the file", path, null);
    }

    private static String statusDetail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed and cannot be read";
            case 404 -> "There is nothing at this path. The API is described at /q/openapi and browsable at /q/swagger-ui.";
            case 405 -> "This method is not allowed here";
            default -> "The request was refused";
        };
    }

    /**
     * Decodes the raw query the way JAX-RS will, but strictly: a bad escape, bytes that are not
     * UTF-8, a control character, or a second different value for a name is an error naming it.
     */
    static Problem screenQuery(String query, String path) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
            if (name == null || value == null) {
                String shown = name == null ? ClientText.abbreviate(pair) : name;
                return invalid(path, shown, "is not validly percent-encoded UTF-8 (a '%' must be followed by two hex digits)");
            }
            if (!ClientText.isSingleLine(name) || !ClientText.isSingleLine(value)) {
                return invalid(path, ClientText.isSingleLine(name) ? name : "query",
                        "contains a control character (such as NUL) or an unpaired surrogate");
            }
            if (value.isBlank()) { // an unset shell variable ($REGION) must not turn into "the default" (national)
                return invalid(path, name, "is empty; give a value, or leave the parameter out to mean its default "
                        + "(a count without region is national)");
            }
            String earlier = seen.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                return invalid(path, name, "is given twice with different values ('" + ClientText.abbreviate(earlier) + "' and '"
                        + ClientText.abbreviate(value) + "'); give it once");
            }
        }
        return null;
    }

    private static Problem invalid(String path, String field, String message) {
        return ProblemResponses.invalidParameters(path, List.of(new Problem.FieldError(field, message)));
    }

    /** Form decoding ('+' is a space), or null when the escapes or the bytes they make are invalid. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw.replace('+', ' ');
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    return null;
                }
                bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
                i += 2;
            } else if (c > 0x7f) {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8)); // sent unencoded
            } else {
                bytes.put((byte) (c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean validPath(String path) {
        String decoded = decode(path.replace("+", "%2B"));
        return decoded != null && ClientText.isSingleLine(decoded);
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static boolean carriesBody(HttpMethod method) {
        return method == HttpMethod.PUT || method == HttpMethod.POST || method == HttpMethod.PATCH;
    }

    private static String pathOf(HttpServerRequest request) {
        return RequestTargets.path(request.uri());
    }

    /**
     * A body must arrive whole within {@code karirhub.http.body-timeout} of its headers: the idle
     * timeout starts again with every byte, so a client sending one byte a second would hold its
     * connection, and the worker reading its body, for as long as it liked. Past the deadline the
     * request is answered 408 (if nothing was answered yet) and its connection closed.
     */
    private void limitBodyTime(RoutingContext context) {
        HttpServerRequest request = context.request();
        Vertx vertx = context.vertx();
        long timer = vertx.setTimer(bodyTimeoutMillis, id -> {
            if (request.isEnded()) {
                return;
            }
            if (!context.response().headWritten() && !context.response().ended()) {
                context.response().putHeader("Connection", "close");
                end(context, ProblemResponses.httpStatus(408, "The request body did not arrive within "
                        + bodyTimeoutMillis / 1000 + " s of its headers", pathOf(request)));
            }
            request.connection().close();
        });
        context.addEndHandler(ended -> vertx.cancelTimer(timer));
    }

    /**
     * After a 413 the client may still be sending the body it announced, and most clients
     * read the answer only once they have sent it all: read and drop the rest (up to the limit
     * again), so they see the 413 instead of a broken pipe; then close. A client that
     * announced a body it never sends is cut off after {@link #DRAIN_SECONDS}.
     */
    private static void drainThenClose(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            return;
        }
        Vertx vertx = context.vertx();
        long timer = vertx.setTimer(DRAIN_SECONDS * 1000L, id -> request.connection().close());
        long[] dropped = { 0 };
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > DRAIN_LIMIT) {
                vertx.cancelTimer(timer);
                request.connection().close();
            }
        });
        request.endHandler(ended -> vertx.cancelTimer(timer));
        request.resume();
    }

    private static void end(RoutingContext context, Problem problem) {
        var response = context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (problem.status() == 413 || problem.status() == 414 || problem.status() == 431) {
            response.putHeader("Connection", "close");
        }
        response.end(Json.encode(problem));
        if (problem.status() == 413) {
            drainThenClose(context);
        }
    }
}
