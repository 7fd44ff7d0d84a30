package id.go.kemnaker.karirhub.stats.statistics;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
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
 * {@link StatisticsResource}, which answers exactly as before.
 *
 * <p>The answer comes from the same {@link CachedAnswers} under the same {@link AnswerKey}, so
 * bytes, ETag, Last-Modified, Cache-Control, Vary and the 304 rules are those of the resource;
 * the security headers are added by the HTTP layer to every route alike. A hit or a 304 is
 * written on the I/O thread; a render runs on a worker thread, as it does through JAX-RS.
 */
@ApplicationScoped
class StatisticsFastPath {

    private static final String PATH = "/api/v1/statistics/";
    private static final String JSON = Representation.JSON.contentType();

    private final StatisticsService statistics;
    private final StatisticsRenderer renderer;
    private final CachedAnswers cache;
    private final boolean publicRead;

    StatisticsFastPath(StatisticsService statistics, StatisticsRenderer renderer, CachedAnswers cache,
            @ConfigProperty(name = "karirhub.security.public-read", defaultValue = "true") boolean publicRead) {
        this.statistics = statistics;
        this.renderer = renderer;
        this.cache = cache;
        this.publicRead = publicRead;
    }

    void install(@Observes Router router) {
        if (!publicRead) {
            return; // every read needs the token check of the JAX-RS filters
        }
        route(router, "facilitated-workers");
        route(router, "service-users");
    }

    private void route(Router router, String name) {
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
            // Before the JAX-RS routes (ROUTE_ORDER_DEFAULT), after the screening and headers filters.
            router.route(method, PATH + name).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(context -> serve(context, name));
        }
    }

    private void serve(RoutingContext context, String name) {
        HttpServerRequest request = context.request();
        Integer year = plainYear(request);
        if (year == null) {
            context.next();
            return;
        }
        int y = year;
        AnswerKey key = new AnswerKey("statistics/" + name + "?year=" + y, Representation.JSON, false);
        var served = cache.serve(key, request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                () -> renderer.indicatorYear(statistics.indicatorYear("service-users".equals(name) ? Indicator.SERVICE_USERS
                        : Indicator.FACILITATED_WORKERS, y, Area.NATIONAL, null), Area.NATIONAL, Representation.JSON, false));
        if (served.isDone() && !served.isCompletedExceptionally()) {
            write(context, served.join());
            return;
        }
        Context ioContext = Vertx.currentContext();
        served.whenComplete((answer, failure) -> ioContext.runOnContext(ignored -> {
            if (failure != null) {
                context.next(); // the resource renders again and maps the failure to its problem
            } else if (!context.response().closed()) {
                write(context, answer);
            }
        }));
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
        MultiMap headers = response.headers();
        if (served.notModified()) {
            response.setStatusCode(304);
            headers.add(HttpHeaders.ETAG, served.etag()).add(HttpHeaders.LAST_MODIFIED, served.lastModified())
                    .add(HttpHeaders.CACHE_CONTROL, served.cacheControl()).add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            response.end();
            return;
        }
        headers.add(HttpHeaders.CACHE_CONTROL, served.cacheControl()).add(HttpHeaders.CONTENT_TYPE, JSON)
                .add(HttpHeaders.ETAG, served.etag()).add(HttpHeaders.LAST_MODIFIED, served.lastModified())
                .add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (context.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(served.answer().body()));
        }
    }
}
