package id.go.kemnaker.karirhub.stats.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.RemovalCause;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Prometheus meters of the answer cache, tagged by answer kind (the resource of an
 * {@link AnswerKey}, a handful of values, never the raw request): how each read was served, and
 * why cached answers left the cache. Counters are created on first use and kept, so a scrape
 * costs one map lookup per read.
 */
final class CacheMeters {

    /** How a read was answered. */
    enum Result {
        /** A rendered answer was in memory. */
        HIT("hit"),
        /** Rendered from the database and kept. */
        MISS("miss"),
        /** If-None-Match or If-Modified-Since matched: 304 without a body. */
        NOT_MODIFIED("not-modified"),
        /** The data version was not confirmed within the TTL (listener down): read from the database, not kept. */
        UNTRUSTED("untrusted"),
        /** karirhub.cache.enabled=false. */
        DISABLED("disabled");

        private final String tag;

        Result(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CacheMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void served(AnswerKey key, Result result) {
        counters.computeIfAbsent(key.kind() + '|' + result.tag, k -> Counter.builder("karirhub.cache.requests")
                .description("Reads served through the answer cache, by answer kind and how they were answered")
                .tag("kind", key.kind())
                .tag("result", result.tag)
                .register(registry)).increment();
    }

    /** A render did not start within karirhub.cache.render-wait: its reads were answered 503. */
    void busy() {
        counters.computeIfAbsent("|busy", k -> Counter.builder("karirhub.cache.busy")
                .description("Renders that did not start within karirhub.cache.render-wait, their reads answered 503 (every render thread stayed busy)")
                .register(registry)).increment();
    }

    /** A cached answer left the cache: {@code invalidated} by a newer data version, or evicted for size or age. */
    void removed(AnswerKey key, RemovalCause cause) {
        String reason = switch (cause) {
            case EXPLICIT, REPLACED -> "invalidated";
            case SIZE, COLLECTED -> "size";
            case EXPIRED -> "expired";
        };
        counters.computeIfAbsent(key.kind() + "|removed|" + reason, k -> Counter.builder("karirhub.cache.evictions")
                .description("Cached answers dropped, by answer kind and cause: invalidated (the data changed), size, expired (TTL)")
                .tag("kind", key.kind())
                .tag("cause", reason)
                .register(registry)).increment();
    }
}
