package id.go.kemnaker.karirhub.stats.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.cache.CacheMeters.Result;
import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.problem.ServiceBusyException;
import id.go.kemnaker.karirhub.stats.web.Representation;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
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
 * render on a worker thread, once per key however many requests wait for it.
 *
 * <p>Metrics: {@code karirhub_cache_requests_total{kind,result}} and
 * {@code karirhub_cache_evictions_total{kind,cause}} ({@link CacheMeters}), the gauges
 * {@code karirhub_cache_entries}, {@code karirhub_data_version} (the version this instance
 * trusts) and {@code karirhub_data_version_age_seconds} (since it was last confirmed; above the
 * TTL the cache is bypassed).
 */
@ApplicationScoped
public class CachedAnswers {

    /** RFC 9110 IMF-fixdate: the day always has two digits (RFC_1123_DATE_TIME would write "3 Jan"). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    /** Reading If-Modified-Since: lenient about the day's digits, as RFC 1123 dates in the wild are. */
    private static final DateTimeFormatter HTTP_DATE_IN = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** A version this instance knows to be current, and since when (System.nanoTime). */
    private record Known(DataVersion version, String lastModified, long confirmedAt) {
    }

    /** One cached answer: a request at the data version that was known when it was asked. */
    private record Slot(AnswerKey key, long knownVersion) {
    }

    /** An answer with its validators, prepared once for every response that sends it. */
    private record Prepared(Answer answer, String etag, String lastModified) {
    }

    /**
     * What a read is answered with, whatever carries it (JAX-RS here, the Vert.x route of
     * {@code statistics/StatisticsFastPath}): {@code answer} is null for a 304, whose
     * validators are the two strings.
     */
    public record Served(Answer answer, String etag, String lastModified, String cacheControl) {

        public boolean notModified() {
            return answer == null;
        }
    }

    private final CacheConfig config;
    private final long ttlNanos;
    private final String cacheControl;
    private final AtomicReference<Known> known;
    private final AsyncCache<Slot, Prepared> answers;
    private final CacheMeters meters;
    private final Semaphore renders;

    CachedAnswers(CacheConfig config, MeterRegistry registry) {
        this.config = config;
        this.ttlNanos = config.ttl().toNanos();
        this.cacheControl = "max-age=" + config.maxAge().toSeconds();
        this.known = new AtomicReference<>(new Known(DataVersion.NONE, httpDate(DataVersion.NONE.changedAt()),
                System.nanoTime() - ttlNanos - 1));
        this.meters = new CacheMeters(registry);
        this.renders = new Semaphore(config.maxConcurrentRenders(), true);
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
     * Answers a GET for {@code key}: 304 when the caller's validators still match, the cached
     * answer when there is one, otherwise {@code render} (on a worker thread, outside any
     * transaction) and cache what it returns.
     */
    public Uni<Response> serve(HttpHeaders headers, AnswerKey key, Supplier<Answer> render) {
        return Uni.createFrom().completionStage(serve(key, headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                        headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), render))
                .onFailure(CompletionException.class).transform(Throwable::getCause)
                .map(served -> respond(key, served));
    }

    /**
     * The same decision without JAX-RS, for a caller that writes the response itself: the
     * stage is already complete for a 304 and a hit (so the caller can answer on its I/O
     * thread), and completes on a worker thread when the answer has to be rendered. The
     * validators are the request's If-None-Match and If-Modified-Since (either may be null).
     */
    public CompletableFuture<Served> serve(AnswerKey key, String ifNoneMatch, String ifModifiedSince, Supplier<Answer> render) {
        if (!config.enabled()) {
            meters.served(key, Result.DISABLED);
            return CompletableFuture.supplyAsync(() -> served(ifNoneMatch, ifModifiedSince, prepare(key, rendered(render))),
                    Infrastructure.getDefaultWorkerPool());
        }
        Known current = known.get();
        if (System.nanoTime() - current.confirmedAt() > ttlNanos) {
            meters.served(key, Result.UNTRUSTED);
            return CompletableFuture.supplyAsync(() -> {
                Prepared fresh = prepare(key, rendered(render));
                confirm(fresh.answer().latest());
                return served(ifNoneMatch, ifModifiedSince, fresh);
            }, Infrastructure.getDefaultWorkerPool());
        }
        String etag = etag(current.version(), key);
        if (notModified(ifNoneMatch, ifModifiedSince, etag, current.version())) {
            meters.served(key, Result.NOT_MODIFIED);
            return CompletableFuture.completedFuture(new Served(null, etag, current.lastModified(), cacheControl));
        }
        Slot slot = new Slot(key, current.version().id());
        CompletableFuture<Prepared> cached = answers.getIfPresent(slot);
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            meters.served(key, Result.HIT);
            return CompletableFuture.completedFuture(served(ifNoneMatch, ifModifiedSince, cached.join()));
        }
        // A miss, or a wait for a render already under way (one render per key, see above).
        meters.served(key, Result.MISS);
        CompletableFuture<Prepared> loading = answers.get(slot, (s, executor) -> CompletableFuture.supplyAsync(() -> {
            Prepared fresh = prepare(key, rendered(render));
            confirm(fresh.answer().latest());
            return fresh;
        }, executor));
        return loading.thenApply(prepared -> served(ifNoneMatch, ifModifiedSince, prepared));
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

    /**
     * Renders in one of {@code karirhub.cache.max-concurrent-renders} slots, or fails with
     * {@link ServiceBusyException} when none frees within {@code karirhub.cache.render-wait}.
     */
    private Answer rendered(Supplier<Answer> render) {
        boolean acquired;
        try {
            acquired = renders.tryAcquire(config.renderWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("The read was interrupted while it waited for a render slot");
        }
        if (!acquired) {
            meters.busy();
            throw new ServiceBusyException("Too many reads are being computed at once; try again in a few seconds");
        }
        try {
            return render.get();
        } finally {
            renders.release();
        }
    }

    /** What a cached answer takes on the heap, near enough: its body, its key, its validators and the entry. */
    private static int weight(Slot slot, Prepared prepared) {
        long bytes = prepared.answer().body().length + 2L * slot.key().request().length() + 256;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private Prepared prepare(AnswerKey key, Answer answer) {
        return new Prepared(answer, etag(answer.version(), key), httpDate(answer.version().changedAt()));
    }

    /** The prepared answer, or a 304 when the request's validators match it. */
    private Served served(String ifNoneMatch, String ifModifiedSince, Prepared prepared) {
        boolean unchanged = notModified(ifNoneMatch, ifModifiedSince, prepared.etag(), prepared.answer().version());
        return new Served(unchanged ? null : prepared.answer(), prepared.etag(), prepared.lastModified(), cacheControl);
    }

    private Response respond(AnswerKey key, Served served) {
        if (served.notModified()) {
            return notModifiedResponse(served.etag(), served.lastModified());
        }
        Representation representation = key.representation();
        Response.ResponseBuilder response = Response.ok(served.answer().body(), representation.contentType())
                .header(HttpHeaders.ETAG, served.etag())
                .header(HttpHeaders.LAST_MODIFIED, served.lastModified())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (served.answer().fileName() != null) {
            response.header("Content-Disposition", "attachment; filename=\"" + served.answer().fileName() + "\"");
        }
        return response.build();
    }

    private Response notModifiedResponse(String etag, String lastModified) {
        return Response.notModified()
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModified)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private static String etag(DataVersion version, AnswerKey key) {
        return "\"" + version.id() + "-" + key.fingerprint() + "\"";
    }

    /**
     * RFC 9110 13.1.2/13.1.3: If-None-Match (weak comparison, or *) decides when present;
     * otherwise If-Modified-Since holds when nothing changed after that second.
     */
    private static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, DataVersion version) {
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
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), HTTP_DATE_IN).toInstant();
            return !version.changedAt().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }

    private static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
