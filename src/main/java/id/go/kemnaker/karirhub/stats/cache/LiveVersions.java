package id.go.kemnaker.karirhub.stats.cache;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far the live figures of each year have moved: a counter per year that every commit of
 * events into the year raises ({@code live_year}, V16), read by {@link DataChangeListener} after
 * each notification on {@code karirhub_live} and with every check of the data version, and raised
 * at once by this instance's own commits ({@link #touched}). A read that shows live figures is
 * cached under the counters of its years besides the data version ({@link AnswerKey#onLiveYears}),
 * so it is rendered again when an event lands in one of them, and only then: years without events
 * (every one before events began, 2021 among them) keep their cached answers.
 */
@ApplicationScoped
public class LiveVersions {

    /** The channel every commit of events notifies (its payload: the {@code CATEGORY:YEAR} pairs it counted in). */
    public static final String NOTIFY_CHANNEL = "karirhub_live";
    /** The counters as the database keeps them. */
    static final String READ = "SELECT year, version FROM live_year";

    private volatile Map<Integer, Long> versions = Map.of();
    private volatile boolean current;

    /**
     * The counters of the years from {@code first} to {@code last} added up: 0 when no event was
     * counted in any of them, and different after any commit of events into one of them.
     */
    public long of(int first, int last) {
        Map<Integer, Long> known = versions;
        long sum = 0;
        if (known.isEmpty()) {
            return 0;
        }
        for (int year = first; year <= last; year++) {
            sum += known.getOrDefault(year, 0L);
        }
        return sum;
    }

    /**
     * Whether live figures may exist in those years: yes where a counter says so, and wherever
     * this instance does not follow the counters (no listener, or its connection lost), since it
     * cannot tell.
     */
    public boolean mayHaveLive(int first, int last) {
        return !current || of(first, last) != 0;
    }

    /** This instance committed events into {@code years}: their answers must be rendered again now. */
    public synchronized void touched(Iterable<Integer> years) {
        Map<Integer, Long> next = new HashMap<>(versions);
        for (Integer year : years) {
            next.merge(year, 1L, Long::sum);
        }
        versions = Map.copyOf(next);
    }

    /**
     * The counters as the database holds them; {@code following} false when they can no longer be
     * followed. Each counter keeps the higher of the two: the counters only grow, and a read of the
     * database begun before this instance's own commit ({@link #touched}) must not take it back,
     * or answers cached before that commit would be served again until the next notification.
     */
    synchronized void observed(Map<Integer, Long> database, boolean following) {
        Map<Integer, Long> next = new HashMap<>(versions);
        database.forEach((year, version) -> next.merge(year, version, Math::max));
        if (!next.equals(versions)) {
            versions = Map.copyOf(next);
        }
        current = following;
    }

    /** The listener lost its connection: counters are no longer followed until it is back. */
    void lost() {
        current = false;
    }
}
