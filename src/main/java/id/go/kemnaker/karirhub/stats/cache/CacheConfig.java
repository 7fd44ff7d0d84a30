package id.go.kemnaker.karirhub.stats.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How read answers are cached; see the "Caching" section of application.properties. */
@ConfigMapping(prefix = "karirhub.cache")
public interface CacheConfig {

    /** false: every read is computed from the database (conditional GET still works). */
    @WithDefault("true")
    boolean enabled();

    /** What answers tell HTTP caches and browsers in Cache-Control: max-age. */
    @WithDefault("5s")
    Duration maxAge();

    /**
     * The backstop: how long a cached answer, and this instance's idea of the data version,
     * is trusted without hearing from the database (normally a NOTIFY arrives at once).
     */
    @WithDefault("30s")
    Duration ttl();

    /** At most this many rendered answers are kept; the least used go first. */
    @WithDefault("10000")
    long maxEntries();
}
