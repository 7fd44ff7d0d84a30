package id.go.kemnaker.karirhub.stats.cache;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How read answers are cached; see the "Caching" section of application.properties. */
@ConfigMapping(prefix = "karirhub.cache")
public interface CacheConfig {

    /** false: every read is computed from the database (conditional GET still works). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Whether this instance listens for other instances' writes (LISTEN/NOTIFY, on a connection of
     * its own). Off only where LISTEN cannot work, behind a pooler in transaction mode: other
     * instances' writes are then seen within {@link #ttl()}, its own at once.
     */
    @WithDefault("true")
    boolean listen();

    /** What answers tell HTTP caches and browsers in Cache-Control: max-age. */
    @WithDefault("5s")
    Duration maxAge();

    /**
     * The backstop: how long a cached answer, and this instance's idea of the data version,
     * is trusted without hearing from the database (normally a NOTIFY arrives at once).
     */
    @WithDefault("30s")
    Duration ttl();

    /**
     * At most this many bytes of rendered answers are kept (their bodies and keys); the least used
     * go first. A byte bound, not a count: answers range from 300 bytes to a megabyte, and a count
     * of large ones (a distinct asOf each) could fill the heap.
     */
    @WithDefault("32M")
    MemorySize maxSize();

    /**
     * How many answers are rendered at once (cache misses, and every read with the cache off): the
     * number of render threads ({@link RenderQueue}); more reads wait in their queue, for at most
     * {@link #renderWait()}. Each render holds its whole answer and the figures behind it in memory
     * and one database connection, so this bounds what concurrent misses can take.
     */
    @WithDefault("8")
    int maxConcurrentRenders();

    /**
     * How long a read waits for its render to start before it is answered 503 with Retry-After
     * (found within a tenth of this, at most a second, after the deadline).
     */
    @WithDefault("10s")
    Duration renderWait();
}
