package id.go.kemnaker.karirhub.stats.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PreDestroy;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;

/**
 * The broker's way in: consumes the quorum queue {@code karirhub-stats.events} (bound to the topic
 * exchange {@code karirhub.events}; the channel {@code events} of application.properties, on only
 * when {@code KARIRHUB_EVENTS_BROKER} is set, see {@link BrokerConfigSourceFactory}).
 *
 * <p>Messages are counted in batches: the connector hands each message over and is free to deliver
 * the next (at most {@code max-outstanding-messages} unacknowledged at once); one thread takes what
 * has arrived, up to {@link #MAX_BATCH}, judges it and counts it in one commit, and only then
 * acknowledges. A message whose commit failed is given back to the queue (nothing of its batch was
 * counted); one delivered again after a crash between commit and acknowledgement is a duplicate
 * and counts nothing. A refused event is published to the dead-letter exchange with its reason
 * ({@code x-karirhub-refusal}, {@code x-karirhub-refusal-field}), and acknowledged once the broker
 * confirmed that: it never blocks the queue. No payload is logged.
 */
@ApplicationScoped
public class BrokerConsumer {

    private static final Logger LOG = Logger.getLogger(BrokerConsumer.class);
    static final int MAX_BATCH = 1_000;
    public static final String REFUSAL_HEADER = "x-karirhub-refusal";
    public static final String REFUSAL_FIELD_HEADER = "x-karirhub-refusal-field";

    private final EventIntake intake;
    private final ObjectMapper json;
    private final Emitter<byte[]> deadLetters;
    private final BlockingQueue<Message<byte[]>> arrived = new LinkedBlockingQueue<>();
    private final boolean enabled;
    private volatile Thread worker;
    private volatile boolean running = true;

    BrokerConsumer(EventIntake intake, ObjectMapper json, @Channel("events-refused") Emitter<byte[]> deadLetters,
            @ConfigProperty(name = "mp.messaging.incoming.events.enabled", defaultValue = "false") boolean enabled) {
        this.intake = intake;
        this.json = json;
        this.deadLetters = deadLetters;
        this.enabled = enabled;
    }

    @Incoming("events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> arrive(Message<byte[]> message) {
        startWorker();
        arrived.add(message);
        return CompletableFuture.completedFuture(null);
    }

    /** Messages received and not yet counted (for the gauge {@code karirhub_events_pending}). */
    int pending() {
        return arrived.size();
    }

    /** Starts the worker, or a new one where the last died (an Error): the queue must never stall behind it. */
    private synchronized void startWorker() {
        if ((worker == null || !worker.isAlive()) && enabled && running) {
            worker = new Thread(this::work, "karirhub-event-consumer");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Not a shutdown observer: that would create this bean (and its emitter) where no broker is configured. */
    @PreDestroy
    void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void work() {
        List<Message<byte[]>> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Message<byte[]> first = arrived.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                arrived.drainTo(batch, MAX_BATCH - 1);
                consume(batch);
            } catch (InterruptedException e) {
                // shutting down: what was not counted goes back to the queue, for this or another instance
                for (Message<byte[]> message : batch) {
                    settle(() -> message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true))));
                }
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Judges the batch, counts it in one commit, then settles each message. A commit that fails (the
     * database down or restarting) is tried again, every second, with the batch held: giving the
     * messages back would raise their delivery count each time, and a quorum queue with a delivery
     * limit would dead-letter good events during a long outage. If this instance dies meanwhile, the
     * broker hands them to another (a duplicate where the commit had landed).
     */
    private void consume(List<Message<byte[]>> batch) throws InterruptedException {
        List<EventRules.Judgement> judgements = new ArrayList<>(batch.size());
        for (Message<byte[]> message : batch) {
            judgements.add(judge(message.getPayload()));
        }
        EventIntake.Outcome outcome;
        for (int attempt = 1;; attempt++) {
            try {
                outcome = intake.count(judgements, EventStore.Channel.AMQP);
                break;
            } catch (RuntimeException e) {
                if (attempt == 1 || attempt % 60 == 0) {
                    LOG.warnf("Could not count %d event(s) from the broker (attempt %d: %s); trying again every second, "
                            + "the messages held", batch.size(), attempt, e.getMessage());
                }
                Thread.sleep(1_000);
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Message<byte[]> message = batch.get(i);
            if (outcome.fates().get(i) != EventIntake.Outcome.Fate.REFUSED) {
                settle(message::ack);
            } else {
                deadLetter(message, judgements.get(i).refusal());
            }
        }
    }

    /** Sends a refused event to the dead-letter exchange with its reason; acknowledges it once the broker confirmed. */
    private void deadLetter(Message<byte[]> message, Refusal refusal) {
        OutgoingRabbitMQMetadata headers = OutgoingRabbitMQMetadata.builder()
                .withHeader(REFUSAL_HEADER, refusal.describe()).withHeader(REFUSAL_FIELD_HEADER, refusal.field())
                .withContentType("application/json").withDeliveryMode(2).build();
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        try {
            deadLetters.send(Message.of(message.getPayload(), Metadata.of(headers), () -> {
                confirmed.complete(null);
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                confirmed.completeExceptionally(failure);
                return CompletableFuture.completedFuture(null);
            }));
        } catch (RuntimeException e) { // the emitter's buffer is full while the broker reconnects
            confirmed.completeExceptionally(e);
        }
        confirmed.whenComplete((done, failure) -> settle(failure == null ? message::ack
                // not dead-lettered: back to the queue, to be judged (and refused) again
                : () -> message.nack(failure, Metadata.of(new RabbitMQRejectMetadata(true)))));
    }

    /** Acknowledges or gives back one message; a failure (the channel closed meanwhile) only means the broker redelivers it. */
    private static void settle(java.util.function.Supplier<CompletionStage<Void>> settlement) {
        try {
            settlement.get();
        } catch (RuntimeException e) {
            LOG.debugf("Could not settle a message (%s); the broker will deliver it again", e.getMessage());
        }
    }

    private EventRules.Judgement judge(byte[] payload) {
        JsonNode event;
        try {
            event = payload == null ? null : json.readTree(payload);
        } catch (JsonProcessingException e) {
            // where, not what: the parser's message would quote the text it stumbled on
            return new EventRules.Judgement(null, new Refusal("$", "is not JSON (at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            return new EventRules.Judgement(null, new Refusal("$", "could not be read as UTF-8 JSON"));
        }
        return intake.judge(event);
    }
}
