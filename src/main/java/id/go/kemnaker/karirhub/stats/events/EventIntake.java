package id.go.kemnaker.karirhub.stats.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Takes events in, whichever way they came: judges each ({@link EventRules}), counts those that
 * pass in one commit ({@link EventStore}), and says what became of each. Keeps the meters
 * {@code karirhub_events_consumed_total}, {@code karirhub_events_duplicate_total} and
 * {@code karirhub_events_refused_total} (by channel) and {@code karirhub_events_visible_delay}
 * (from an event's moment to the commit that made it visible, for events of the last hour).
 */
@ApplicationScoped
public class EventIntake {

    private static final Duration RECENT = Duration.ofHours(1);

    private final EventRules rules;
    private final EventStore store;
    private final Map<EventStore.Channel, Counter> consumed = new EnumMap<>(EventStore.Channel.class);
    private final Map<EventStore.Channel, Counter> duplicates = new EnumMap<>(EventStore.Channel.class);
    private final Map<EventStore.Channel, Counter> refused = new EnumMap<>(EventStore.Channel.class);
    private final Timer visibleDelay;

    EventIntake(EventRules rules, EventStore store, MeterRegistry registry) {
        this.rules = rules;
        this.store = store;
        for (EventStore.Channel channel : EventStore.Channel.values()) {
            String tag = channel.name().toLowerCase(java.util.Locale.ROOT);
            consumed.put(channel, Counter.builder("karirhub.events.consumed").tag("channel", tag)
                    .description("Events counted (first arrival of their id)").register(registry));
            duplicates.put(channel, Counter.builder("karirhub.events.duplicate").tag("channel", tag)
                    .description("Events whose id was already counted (delivered again)").register(registry));
            refused.put(channel, Counter.builder("karirhub.events.refused").tag("channel", tag)
                    .description("Events refused (malformed, unknown type or code, too old, in the future, personal data); "
                            + "from the broker they go to the dead-letter queue").register(registry));
        }
        visibleDelay = Timer.builder("karirhub.events.visible.delay").publishPercentiles(0.5, 0.99)
                .description("From an event's occurredAt to the commit that made it visible in live figures (events of the last hour)")
                .register(registry);
    }

    /** Judges one event: for the broker, which dead-letters a refused one instead of counting it. */
    public EventRules.Judgement judge(JsonNode event) {
        return rules.judge(event);
    }

    /** What became of each of a list of events. */
    public record Outcome(List<Outcome.Fate> fates) {
        public enum Fate {
            COUNTED, DUPLICATE, REFUSED
        }
    }

    /**
     * Counts the events judged countable, in one commit, and returns the fate of each judgement
     * in order. Throws when the commit fails: then none of them was counted.
     */
    public Outcome count(List<EventRules.Judgement> judgements, EventStore.Channel channel) {
        // an id given twice in one list counts as its first: only that one goes to the store
        List<LiveEvent> events = new ArrayList<>(judgements.size());
        Set<String> listed = new HashSet<>();
        for (EventRules.Judgement judgement : judgements) {
            if (judgement.counted() && listed.add(judgement.event().eventId())) {
                events.add(judgement.event());
            }
        }
        Set<String> newlyCounted = store.count(events, channel);
        Instant visible = Instant.now();
        Set<String> seen = new HashSet<>();
        List<Outcome.Fate> fates = new ArrayList<>(judgements.size());
        for (EventRules.Judgement judgement : judgements) {
            if (!judgement.counted()) {
                fates.add(Outcome.Fate.REFUSED);
                refused.get(channel).increment();
                continue;
            }
            LiveEvent event = judgement.event();
            if (newlyCounted.contains(event.eventId()) && seen.add(event.eventId())) {
                fates.add(Outcome.Fate.COUNTED);
                consumed.get(channel).increment();
                Duration delay = Duration.between(event.occurredAt(), visible);
                if (!delay.isNegative() && delay.compareTo(RECENT) < 0) {
                    visibleDelay.record(delay);
                }
            } else {
                fates.add(Outcome.Fate.DUPLICATE);
                duplicates.get(channel).increment();
            }
        }
        return new Outcome(fates);
    }

    /** The events of one HTTP request, judged and counted: what the answer says. */
    public IntakeSummary take(List<JsonNode> events) {
        List<EventRules.Judgement> judgements = new ArrayList<>(events.size());
        for (JsonNode event : events) {
            judgements.add(rules.judge(event));
        }
        Outcome outcome = count(judgements, EventStore.Channel.HTTP);
        long counted = 0;
        long repeated = 0;
        List<IntakeSummary.Refused> refusedEvents = new ArrayList<>();
        for (int i = 0; i < judgements.size(); i++) {
            switch (outcome.fates().get(i)) {
                case COUNTED -> counted++;
                case DUPLICATE -> repeated++;
                case REFUSED -> {
                    Refusal refusal = judgements.get(i).refusal();
                    refusedEvents.add(new IntakeSummary.Refused(i, refusal.field(), refusal.reason()));
                }
            }
        }
        return new IntakeSummary(counted, repeated, refusedEvents);
    }
}
