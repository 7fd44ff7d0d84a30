package id.go.kemnaker.karirhub.stats.statistics;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;


import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.Problem;
import id.go.kemnaker.karirhub.stats.problem.ProblemResponses;
import id.go.kemnaker.karirhub.stats.problem.RequestTargets;
import id.go.kemnaker.karirhub.stats.problem.ServiceBusyException;
import id.go.kemnaker.karirhub.stats.security.ReadAccess;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The most asked read, {@code GET /api/v1/statistics/{facilitated-workers|service-users}?year=Y}
 * in JSON, answered by a Vert.x route in front of JAX-RS (issue 13: a cached answer spent
 * more time in the JAX-RS machinery than in anything of ours). It takes only the plain
 * request: one {@code year} that parses, JSON or anything acceptable, no token, public reads
 * on. Everything else (asOf, format, bom, CSV, a bad year, a token, a failed render) goes on to
 * {@link StatisticsResource}, which answers exactly as before; only a read whose render did not
 * start in time is answered here, with the resource's 503.
 *
 * <p>The answer comes from the same {@link CachedAnswers} under the key of the same function
 * ({@link StatisticsRequests#key}), is read only where {@link ReadAccess} lets a read in without
 * a token, and is written with the headers {@link CachedAnswers.Served#headers()} names, as
 * {@code web.Reads} writes them for the resource: bytes, ETag, Last-Modified, Cache-Control,
 * Vary and the 304 rules are the resource's; the security headers are added by the HTTP layer to
 * every route alike. A hit or a 304 is written on the I/O thread; a render runs on a render
 * thread of {@link CachedAnswers}, as it does through JAX-RS.
 */
@ApplicationScoped
class StatisticsRoute {

    private static final String PATH = "/api/v1/statistics/";
    private static final String JSON = Representation.JSON.contentType();

    /**
     * Just before Quarkus's HTTP authentication, a filter of priority 200 and so route order -200,
     * and everything after it (after the screening and the security headers, which run first
     * at {@code Integer.MIN_VALUE}). A request this route takes carries no token and needs none,
     * so there is nothing to authenticate; what it skips costs more than the answer: the lazy
     * authentication's context capture and, behind it, REST's default auth-failure handler, which
     * builds a new request mapper of every resource path on every request to name the path for
     * the metrics (18 % of all samples of a JFR profile of {@code bench/run.sh} case C). The
     * metrics still record the request, under the same {@code uri} tag: the path itself.
     */
    static final int ORDER = -201;

    private final StatisticsService statistics;
    private final StatisticsRenderer renderer;
    private final CachedAnswers cache;
    private final ReadAccess access;

    StatisticsRoute(StatisticsService statistics, StatisticsRenderer renderer, CachedAnswers cache, ReadAccess access) {
        this.statistics = statistics;
        this.renderer = renderer;
        this.cache = cache;
        this.access = access;
    }

    void install(@Observes Router router) {
        for (Indicator indicator : List.of(Indicator.FACILITATED_WORKERS, Indicator.SERVICE_USERS)) {
            String path = PATH + StatisticsRenderer.fileId(indicator);
            if (access.needsToken("GET", path)) {
                continue; // every read needs the token check of the JAX-RS filters
            }
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
                router.route(method, path).order(ORDER).handler(context -> serve(context, indicator));
            }
        }
    }

    private void serve(RoutingContext context, Indicator indicator) {
        HttpServerRequest request = context.request();
        Integer year = plainYear(request);
        if (year == null) {
            context.next();
            return;
        }
        int y = year;
        AnswerKey key = StatisticsRequests.key(indicator, y, Area.NATIONAL, null, Representation.JSON, false, Basis.BEST);
        var served = cache.serve(key, request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                () -> renderer.indicatorYear(statistics.indicatorYear(indicator, y, Area.NATIONAL, null, Basis.BEST,
                        DimensionFilter.NONE), Area.NATIONAL, Representation.JSON, false));
        if (served.isDone() && !served.isCompletedExceptionally()) {
            write(context, served.join());
            return;
        }
        Context ioContext = Vertx.currentContext();
        served.whenComplete((answer, failure) -> ioContext.runOnContext(ignored -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof ServiceBusyException busy) {
                busy(context, busy); // rendering again through the resource would only queue the read a second time
            } else if (failure != null) {
                context.next(); // the resource renders again and maps the failure to its problem
            } else if (!context.response().closed()) {
                write(context, answer);
            }
        }));
    }

    /** The 503 the resource would give ({@code ProblemMappers.busy}): the same problem and Retry-After. */
    private static void busy(RoutingContext context, ServiceBusyException busy) {
        if (context.response().closed()) {
            return;
        }
        Problem problem = ProblemResponses.busy(busy.getMessage(), RequestTargets.path(context.request().uri()));
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.BUSY_RETRY_AFTER).end(Json.encode(problem));
    }

    /**
     * The year of a request this route answers, or null when JAX-RS must: the query is exactly
     * {@code year=<digits>} (nothing encoded, no other parameter) with a valid year, JSON is
     * acceptable, and there is no Authorization header. Read from the raw query: decoding it
     * into a map cost more than the rest of a cached answer.
     */
    private static Integer plainYear(HttpServerRequest request) {
        String query = request.query();
        if (query == null || query.length() > 9 || !query.startsWith("year=")) {
            return null;
        }
        MultiMap headers = request.headers();
        if (headers.contains(HttpHeaders.AUTHORIZATION) || !acceptsJson(headers.get(HttpHeaders.ACCEPT))) {
            return null;
        }
        String year = query.substring("year=".length());
        for (int i = 0; i < year.length(); i++) {
            if (year.charAt(i) < '0' || year.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return RequestParameters.requiredYear(year);
        } catch (InvalidParameterException e) {
            return null;
        }
    }

    /** Absent, any type, or JSON itself: the cases where the resource would pick JSON. */
    private static boolean acceptsJson(String accept) {
        if (accept == null) {
            return true;
        }
        String type = accept.trim().toLowerCase(Locale.ROOT);
        return type.equals("*/*") || type.equals(JSON);
    }

    private static void write(RoutingContext context, CachedAnswers.Served served) {
        HttpServerResponse response = context.response();
        served.forEachHeader(response.headers()::add);
        if (served.notModified()) {
            response.setStatusCode(304).end();
            return;
        }
        if (context.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(served.answer().body()));
        }
    }
}
