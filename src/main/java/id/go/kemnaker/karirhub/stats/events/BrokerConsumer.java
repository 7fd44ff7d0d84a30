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

    private synchronized void startWorker() {
        if (worker == null && enabled) {
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
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the commit failed (the database is down or restarting): the batch goes back to the queue
                LOG.warnf("Could not count %d event(s) from the broker (%s); they go back to the queue", batch.size(),
                        e.getMessage());
                for (Message<byte[]> message : batch) {
                    message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
                }
                pause();
            } finally {
                batch.clear();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume(List<Message<byte[]>> batch) {
        List<EventRules.Judgement> judgements = new ArrayList<>(batch.size());
        for (Message<byte[]> message : batch) {
            judgements.add(judge(message.getPayload()));
        }
        EventIntake.Outcome outcome = intake.count(judgements, EventStore.Channel.AMQP);
        for (int i = 0; i < batch.size(); i++) {
            Message<byte[]> message = batch.get(i);
            if (outcome.fates().get(i) != EventIntake.Outcome.Fate.REFUSED) {
                message.ack();
                continue;
            }
            Refusal refusal = judgements.get(i).refusal();
            OutgoingRabbitMQMetadata headers = OutgoingRabbitMQMetadata.builder()
                    .withHeader(REFUSAL_HEADER, refusal.describe()).withHeader(REFUSAL_FIELD_HEADER, refusal.field())
                    .withContentType("application/json").withDeliveryMode(2).build();
            CompletableFuture<Void> confirmed = new CompletableFuture<>();
            deadLetters.send(Message.of(message.getPayload(), Metadata.of(headers), () -> {
                confirmed.complete(null);
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                confirmed.completeExceptionally(failure);
                return CompletableFuture.completedFuture(null);
            }));
            confirmed.whenComplete((done, failure) -> {
                if (failure == null) {
                    message.ack();
                } else {
                    // not dead-lettered: back to the queue, to be judged (and refused) again
                    message.nack(failure, Metadata.of(new RabbitMQRejectMetadata(true)));
                }
            });
        }
    }

    private EventRules.Judgement judge(byte[] payload) {
        JsonNode event;
        try {
            event = payload == null ? null : json.readTree(payload);
        } catch (JsonProcessingException e) {
            return new EventRules.Judgement(null, new Refusal("$", "is not JSON (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            return new EventRules.Judgement(null, new Refusal("$", "could not be read as UTF-8 JSON"));
        }
        return intake.judge(event);
    }
}
