package id.go.kemnaker.karirhub.stats.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.cache.DataChanges;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;

/**
 * {@code GET /api/v1/stream}: the changes of the data as they happen, as Server-Sent Events, so a
 * dashboard asks for new figures when there are some instead of polling: first a {@code hello}
 * with the data version this instance knows (read once the stream listens, so nothing after it
 * is missed), then a {@code change} for each write on any instance
 * (LISTEN/NOTIFY, {@link DataChanges}) and each commit of events, naming the measures and years
 * it touched; a comment every 15 s keeps proxies from closing an idle stream. The stream ends
 * after {@code duration} seconds (default an hour), or early for a client more than
 * {@link #MAX_PENDING_CHANGES} changes behind; an EventSource reconnects by itself.
 * Open streams: the gauge {@code karirhub_stream_clients}.
 */
@Path("/api/v1/stream")
public class ChangeStreamResource {

    static final int MAX_DURATION_SECONDS = 3_600;
    /**
     * Changes a stream may have yet to write before it stops listening, writes what it holds and
     * ends (its EventSource reconnects and reads the version in the new hello): far more than a
     * burst (one per audit entry). The queue grows only as changes wait in it.
     */
    static final int MAX_PENDING_CHANGES = 1_000;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final DataChanges changes;
    private final CachedAnswers answers;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final AtomicInteger open = new AtomicInteger();

    ChangeStreamResource(DataChanges changes, CachedAnswers answers, ObjectMapper json, Vertx vertx, MeterRegistry registry) {
        this.changes = changes;
        this.vertx = vertx;
        this.answers = answers;
        this.json = json;
        Gauge.builder("karirhub.stream.clients", open, AtomicInteger::get)
                .description("Open change streams (GET /api/v1/stream)").register(registry);
    }

    @GET
    @APIResponses
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Parameter(ref = "stream-duration") @QueryParam("duration") String duration,
            @Context Sse sse) {
        Integer seconds = RequestParameters.optionalInteger("duration", duration, 1, MAX_DURATION_SECONDS);
        Duration lasting = Duration.ofSeconds(seconds == null ? MAX_DURATION_SECONDS : seconds);
        AtomicInteger pending = new AtomicInteger(); // changes emitted and not yet taken by the writer
        Multi<OutboundSseEvent> news = Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            // The stream listens before it reads the version its hello names, so no change after that version
            // is missed; the lock keeps a change that comes meanwhile behind the hello. Changes come in bursts
            // (a reconnected listener, writes on several instances) faster than a stream writes them: the
            // emitter queues them; past MAX_PENDING_CHANGES the stream stops listening, writes what it holds and ends.
            // The keep-alive comments come from a timer of the same emitter, so that ending it ends the stream.
            Object order = new Object();
            synchronized (order) {
                Cancellable[] listening = new Cancellable[1];
                listening[0] = changes.changes().subscribe().with(change -> {
                    synchronized (order) {
                        if (pending.incrementAndGet() > MAX_PENDING_CHANGES) {
                            listening[0].cancel();
                            emitter.complete(); // after what it holds
                            return;
                        }
                        emitter.emit(sse.newEventBuilder().name("change").id(Long.toString(change.dataVersion()))
                                .data(write(change)).build());
                    }
                }, emitter::fail, emitter::complete);
                long keepAlive = vertx.setPeriodic(KEEP_ALIVE.toMillis(), tick -> {
                    synchronized (order) {
                        emitter.emit(sse.newEventBuilder().comment("keep-alive").build());
                    }
                });
                emitter.onTermination(() -> {
                    listening[0].cancel();
                    vertx.cancelTimer(keepAlive);
                });
                emitter.emit(sse.newEventBuilder().name("hello")
                        .data("{\"dataVersion\":" + answers.knownVersion().id() + "}").build());
            }
        }, BackPressureStrategy.BUFFER).onItem().invoke(event -> {
            if ("change".equals(event.getName())) {
                pending.decrementAndGet();
            }
        });
        return news.select().first(lasting)
                .onSubscription().invoke(() -> open.incrementAndGet())
                .onTermination().invoke(() -> open.decrementAndGet());
    }

    private String write(DataChanges.Change change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a change", e);
        }
    }
}
