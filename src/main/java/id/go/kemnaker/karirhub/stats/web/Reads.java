package id.go.kemnaker.karirhub.stats.web;

import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import io.smallrye.mutiny.Uni;

/**
 * How a JAX-RS resource answers a read: through {@link CachedAnswers} (conditional GET, the cache
 * of rendered answers, one render per key), its decision written as a response with the headers
 * {@link CachedAnswers.Served#headers()} names, the same the Vert.x route writes.
 */
@ApplicationScoped
public class Reads {

    private final CachedAnswers cache;

    Reads(CachedAnswers cache) {
        this.cache = cache;
    }

    /** The answer to a GET of {@code key}: 304, cached, or rendered now by {@code render} (on a render thread of {@link CachedAnswers}). */
    public Uni<Response> serve(HttpHeaders headers, AnswerKey key, Supplier<Answer> render) {
        return Uni.createFrom().completionStage(cache.serve(key, headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                        headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), render))
                .onFailure(CompletionException.class).transform(Throwable::getCause)
                .map(Reads::response);
    }

    private static Response response(CachedAnswers.Served served) {
        Response.ResponseBuilder response = served.notModified() ? Response.notModified() : Response.ok(served.answer().body());
        served.forEachHeader(response::header);
        return response.build();
    }
}
