package id.go.kemnaker.karirhub.stats.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose Content-Length exceeds {@code karirhub.imports.max-size} before its
 * body is read, with the problem+json body every other error has. (A chunked body without
 * Content-Length is cut off by {@code quarkus.http.limits.max-body-size}, set to the same size.)
 */
@ApplicationScoped
class BodyTooLargeHandler {

    private final long limit;

    BodyTooLargeHandler(@ConfigProperty(name = "karirhub.imports.max-size", defaultValue = "10M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit) {
                context.next();
                return;
            }
            Problem problem = new Problem(ProblemResponses.TOO_LARGE, "Request body too large", 413,
                    "The request body is larger than " + limit + " bytes; split the file", context.request().path(), null);
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                    .end(Json.encode(problem));
        });
    }
}
