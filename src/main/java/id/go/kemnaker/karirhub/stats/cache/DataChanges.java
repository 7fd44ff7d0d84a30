package id.go.kemnaker.karirhub.stats.cache;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * What changed, as it changes: {@link DataChangeListener} publishes a {@link Change} for every new
 * data version it learns of (a write on any instance: the measures and years its audit entries
 * name) and for every commit of events (from the notification on {@link LiveVersions#NOTIFY_CHANNEL},
 * which names the measures and years it counted in). Subscribers ({@code GET /api/v1/stream}) get
 * the changes from the moment they subscribe; nothing is kept for latecomers (they read the data
 * version first).
 */
@ApplicationScoped
public class DataChanges {

    /**
     * One change: the data version after it; {@code basis} {@code official} (reported figures,
     * targets or realisations) or {@code live} (events); the measures (categories, or indicators
     * for targets and realisations) and years it touched.
     */
    public record Change(long dataVersion, String basis, List<String> measures, List<Integer> years, Instant at) {
    }

    private final BroadcastProcessor<Change> processor = BroadcastProcessor.create();

    /** The changes from now on. */
    public Multi<Change> changes() {
        return processor;
    }

    void publish(Change change) {
        processor.onNext(change);
    }
}
