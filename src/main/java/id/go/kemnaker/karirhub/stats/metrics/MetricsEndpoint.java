package id.go.kemnaker.karirhub.stats.metrics;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import id.go.kemnaker.karirhub.stats.problem.AcceptHeader;
import id.go.kemnaker.karirhub.stats.problem.Problem;
import id.go.kemnaker.karirhub.stats.problem.ProblemResponses;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * What {@code /q/metrics} answers before Micrometer's handler does. The metrics live on the
 * management interface ({@code quarkus.management.port}, 9000, bound to localhost unless the
 * operator says otherwise), apart from the API, so that they never reach the public through the
 * API's balancer or ingress. Here they keep the service's manners: a method other than GET or
 * HEAD is a 405 (Micrometer answered it 200), and an Accept that names no format Micrometer
 * writes is a problem+json 406 (it answered 406 with no body, and refused
 * {@code application/openmetrics-text} written without the exact parameters it expects).
 */
@ApplicationScoped
class MetricsEndpoint {

    private static final String PATH = "/q/metrics";
    private static final String OPENMETRICS = "application/openmetrics-text";

    void install(@Observes ManagementInterface management) {
        management.router().route(PATH).order(Integer.MIN_VALUE).handler(this::screen);
    }

    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            end(context, ProblemResponses.httpStatus(405, "Method " + request.method().name() + " is not allowed on " + PATH
                    + "; allowed: GET, HEAD", PATH), "GET, HEAD");
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            context.next();
            return;
        }
        // Micrometer writes the text format 0.0.4 when the Accept header mentions text/plain, OpenMetrics otherwise
        String chosen = null;
        double best = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = AcceptHeader.parameterQuality(parts);
            String format = switch (type) {
                case "text/plain", "text/*" -> "text/plain";
                case OPENMETRICS, "application/*", "*/*" -> "*/*";
                default -> null;
            };
            if (format != null && q > best) {
                chosen = format;
                best = q;
            }
        }
        if (chosen == null) {
            end(context, ProblemResponses.httpStatus(406, "Metrics are written as text/plain (Prometheus text format 0.0.4) or "
                    + OPENMETRICS + "; the Accept header names neither", PATH), null);
            return;
        }
        request.headers().set("Accept", chosen);
        context.next();
    }

    private static void end(RoutingContext context, Problem problem, String allow) {
        var response = context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (allow != null) {
            response.putHeader("Allow", allow);
        }
        response.end(Json.encode(problem));
    }
}
