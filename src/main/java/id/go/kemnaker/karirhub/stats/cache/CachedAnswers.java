package id.go.kemnaker.karirhub.stats.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.cache.CacheMeters.Result;
import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Serves reads with conditional GET and an in-memory cache of rendered answers.
 *
 * <p>This instance keeps the data version it last confirmed. A cached answer is keyed by the
 * request and that version, so it never outlives a write: when the version advances, every
 * older answer is dropped. The version advances when a write on this instance commits (an
 * {@code AFTER_SUCCESS} observer of the {@link AuditTrail}), when another instance's write is
 * announced by {@code NOTIFY} ({@link DataChangeListener}), and whenever a render reads a newer
 * version from the database. A version not confirmed within {@code karirhub.cache.ttl} (the
 * listener lost its connection) is not trusted: reads go to the database until it is.
 *
 * <p>With a trusted version, a matching {@code If-None-Match} is answered 304 and a cached
 * answer 200 on the calling (I/O) thread, touching neither the database nor Jackson. Misses
 * render on a render thread ({@link RenderQueue}), once per key however many requests wait for it.
 *
 * <p>Metrics: {@code karirhub_cache_requests_total{kind,result}} and
 * {@code karirhub_cache_evictions_total{kind,cause}} ({@link CacheMeters}), the gauges
 * {@code karirhub_cache_entries}, {@code karirhub_data_version} (the version this instance
 * trusts) and {@code karirhub_data_version_age_seconds} (since it was last confirmed; above the
 * TTL the cache is bypassed).
 */
@ApplicationScoped
public class CachedAnswers {

    /** A version this instance knows to be current, and since when (System.nanoTime). */
    private record Known(DataVersion version, String lastModified, long confirmedAt) {
    }

    /** One cached answer: a request at the data version (and live version of its years) known when it was asked. */
    private record Slot(AnswerKey key, long knownVersion, long liveVersion) {
    }

    /**
     * An answer with its validators and the headers of its 200 and of its 304, prepared once for
     * every response that sends it.
     */
    private record Prepared(Answer answer, String etag, String lastModified, String[] ok, String[] notModified) {
    }

    /**
     * What a read is answered with, whatever carries it (JAX-RS through {@code web.Reads}, the
     * Vert.x route of {@code statistics.StatisticsRoute}): {@code answer} is null for a 304. The
     * headers come in the order they are written, as name and value one after the other: the
     * validators, Cache-Control and Vary, and for a 200 its Content-Type first and, for a file,
     * Content-Disposition last.
     */
    public record Served(Answer answer, String[] headers) {

        public boolean notModified() {
            return answer == null;
        }

        /** Calls {@code header} with each header's name and value, in order. */
        public void forEachHeader(BiConsumer<String, String> header) {
            for (int i = 0; i < headers.length; i += 2) {
                header.accept(headers[i], headers[i + 1]);
            }
        }
    }

    private final CacheConfig config;
    private final long ttlNanos;
    private final String cacheControl;
    private final AtomicReference<Known> known;
    private final AsyncCache<Slot, Prepared> answers;
    private final CacheMeters meters;
    private final RenderQueue renders;
    private final LiveVersions live;

    CachedAnswers(CacheConfig config, MeterRegistry registry, LiveVersions live) {
        this.config = config;
        this.live = live;
        this.ttlNanos = config.ttl().toNanos();
        this.cacheControl = "max-age=" + config.maxAge().toSeconds();
        this.known = new AtomicReference<>(new Known(DataVersion.NONE, httpDate(DataVersion.NONE.changedAt()),
                System.nanoTime() - ttlNanos - 1));
        this.meters = new CacheMeters(registry);
        this.renders = new RenderQueue(config.maxConcurrentRenders(), config.renderWait(), meters::busy);
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((Slot slot, Prepared prepared) -> weight(slot, prepared))
                .expireAfterWrite(config.ttl())
                .executor(Infrastructure.getDefaultWorkerPool())
                .removalListener((Slot slot, Prepared prepared, RemovalCause cause) -> {
                    if (slot != null) {
                        meters.removed(slot.key(), cause);
                    }
                })
                .buildAsync();
        Gauge.builder("karirhub.cache.renders.waiting", renders, RenderQueue::waiting)
                .description("Reads waiting for one of the karirhub.cache.max-concurrent-renders render threads").register(registry);
        Gauge.builder("karirhub.cache.entries", answers, a -> a.synchronous().estimatedSize())
                .description("Rendered answers held in memory").register(registry);
        Gauge.builder("karirhub.cache.size", answers, a -> a.synchronous().policy().eviction()
                        .flatMap(eviction -> eviction.weightedSize().stream().boxed().findFirst()).orElse(0L))
                .description("Bytes of rendered answers held in memory (bounded by karirhub.cache.max-size)")
                .baseUnit("bytes").register(registry);
        Gauge.builder("karirhub.data.version", known, k -> k.get().version().id())
                .description("The data version (id of the last audit entry) this instance trusts").register(registry);
        Gauge.builder("karirhub.data.version.age", known, k -> (System.nanoTime() - k.get().confirmedAt()) / 1e9)
                .description("Seconds since the data version was last confirmed by the database; above karirhub.cache.ttl "
                        + "reads bypass the cache")
                .baseUnit("seconds").register(registry);
    }

    /**
     * Answers a GET for {@code key}: a 304 when the caller's validators still match, the cached
     * answer when there is one, otherwise {@code render} (on a render thread, {@link RenderQueue},
     * outside any transaction), cached. The stage is already complete for a 304 and a hit (so the
     * caller can answer on its I/O thread), and completes on the render thread when the answer has
     * to be rendered, or fails with {@code ServiceBusyException} when its render did not start
     * within {@code karirhub.cache.render-wait}. The validators are the request's If-None-Match and If-Modified-Since (either may
     * be null).
     */
    public CompletableFuture<Served> serve(AnswerKey key, String ifNoneMatch, String ifModifiedSince, Supplier<Answer> render) {
        long liveVersion = key.live() ? live.of(key.liveFrom(), key.liveTo()) : 0;
        // Live figures move without the data version: Last-Modified cannot tell, the ETag can
        String modifiedSince = liveVersion == 0 ? ifModifiedSince : null;
        // Without the listener nothing tells this instance of other instances' events: render live answers each time.
        // With it, a lost connection keeps the live versions last read, as the data version is kept: both are
        // trusted for the TTL after the last confirmation, and renders go to the database after that.
        if (!config.enabled() || (key.live() && !config.listen())) {
            meters.served(key, Result.DISABLED);
            return renders.submit(() -> served(ifNoneMatch, modifiedSince, prepare(key, render.get(), liveVersion)));
        }
        Known current = known.get();
        if (System.nanoTime() - current.confirmedAt() > ttlNanos) {
            meters.served(key, Result.UNTRUSTED);
            return renders.submit(() -> {
                Prepared fresh = prepare(key, render.get(), liveVersion);
                confirm(fresh.answer().latest());
                return served(ifNoneMatch, modifiedSince, fresh);
            });
        }
        String etag = etag(current.version(), key, liveVersion);
        if (Conditional.notModified(ifNoneMatch, modifiedSince, etag, current.version().changedAt())) {
            meters.served(key, Result.NOT_MODIFIED);
            return CompletableFuture.completedFuture(new Served(null, validators(etag, current.lastModified())));
        }
        Slot slot = new Slot(key, current.version().id(), liveVersion);
        CompletableFuture<Prepared> cached = answers.getIfPresent(slot);
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            meters.served(key, Result.HIT);
            return CompletableFuture.completedFuture(served(ifNoneMatch, modifiedSince, cached.join()));
        }
        // A miss, or a wait for a render already under way (one render per key, see above).
        meters.served(key, Result.MISS);
        CompletableFuture<Prepared> loading = answers.get(slot, (s, executor) -> renders.submit(() -> {
            Prepared fresh = prepare(key, render.get(), liveVersion);
            confirm(fresh.answer().latest());
            return fresh;
        }));
        return loading.thenApply(prepared -> served(ifNoneMatch, modifiedSince, prepared));
    }

    /** The data version this instance trusts now; for tests and the health of the listener. */
    public DataVersion knownVersion() {
        return known.get().version();
    }

    /**
     * Records that {@code version} is current (or older than current). A newer version drops
     * every cached answer; an equal or older one only renews the trust in the known one.
     */
    void confirm(DataVersion version) {
        long now = System.nanoTime();
        Known before = known.getAndUpdate(k -> version.isAfter(k.version())
                ? new Known(version, httpDate(version.changedAt()), now)
                : new Known(k.version(), k.lastModified(), now));
        if (version.isAfter(before.version())) {
            answers.synchronous().invalidateAll();
        }
    }

    /**
     * Takes {@code version} as the current one whatever was known before, dropping every cached
     * answer when it differs: for the listener when it (re)connects, since a database restored
     * from a backup or recreated can go back to smaller ids, which {@link #confirm} would ignore.
     */
    void observed(DataVersion version) {
        long now = System.nanoTime();
        Known before = known.getAndSet(new Known(version, httpDate(version.changedAt()), now));
        if (before.version().id() != version.id()) {
            answers.synchronous().invalidateAll();
        }
    }

    /** A write on this instance has committed: its version is current from now on. */
    void writeCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditTrail trail) {
        trail.version().ifPresent(this::confirm);
    }

    /** Stops taking renders once the service stops; those already queued finish. */
    @PreDestroy
    void close() {
        renders.close();
    }

    /** What a cached answer takes on the heap, near enough: its body, its key, its validators and the entry. */
    private static int weight(Slot slot, Prepared prepared) {
        long bytes = prepared.answer().body().length + 2L * slot.key().request().length() + 256;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private Prepared prepare(AnswerKey key, Answer answer, long liveVersion) {
        String etag = etag(answer.version(), key, liveVersion);
        String lastModified = httpDate(answer.version().changedAt());
        String[] validators = validators(etag, lastModified);
        List<String> ok = new ArrayList<>(List.of("Content-Type", key.representation().contentType()));
        ok.addAll(List.of(validators));
        if (answer.fileName() != null) {
            ok.addAll(List.of("Content-Disposition", "attachment; filename=\"" + answer.fileName() + "\""));
        }
        return new Prepared(answer, etag, lastModified, ok.toArray(String[]::new), validators);
    }

    /** The headers of a 304, which a 200 repeats: the validators, Cache-Control, Vary. */
    private String[] validators(String etag, String lastModified) {
        return new String[] { "ETag", etag, "Last-Modified", lastModified, "Cache-Control", cacheControl, "Vary", "Accept" };
    }

    /** The prepared answer, or a 304 when the request's validators match it. */
    private Served served(String ifNoneMatch, String ifModifiedSince, Prepared prepared) {
        boolean unchanged = Conditional.notModified(ifNoneMatch, ifModifiedSince, prepared.etag(),
                prepared.answer().version().changedAt());
        return unchanged ? new Served(null, prepared.notModified()) : new Served(prepared.answer(), prepared.ok());
    }

    /** {@code "version-key"}, and for live figures of years where events were counted {@code "version.live-key"}. */
    private static String etag(DataVersion version, AnswerKey key, long liveVersion) {
        return "\"" + version.id() + (liveVersion == 0 ? "" : "." + liveVersion) + "-" + key.fingerprint() + "\"";
    }

    private static String httpDate(Instant instant) {
        return Conditional.httpDate(instant);
    }
}
