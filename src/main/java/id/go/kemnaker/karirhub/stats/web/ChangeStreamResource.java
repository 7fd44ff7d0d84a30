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
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.Cancellable;

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
     * Changes a stream may have yet to write before it is ended: far more than a burst (one per audit
     * entry). Its queue is allocated whole when the stream opens (4 bytes a slot), so each open
     * stream holds about 4 KiB for it.
     */
    static final int MAX_PENDING_CHANGES = 1_000;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final DataChanges changes;
    private final CachedAnswers answers;
    private final ObjectMapper json;
    private final AtomicInteger open = new AtomicInteger();

    ChangeStreamResource(DataChanges changes, CachedAnswers answers, ObjectMapper json, MeterRegistry registry) {
        this.changes = changes;
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
        Multi<OutboundSseEvent> news = Multi.createFrom().emitter(emitter -> {
            // The stream listens before it reads the version its hello names, so no change after that version
            // is missed; the lock keeps a change that comes meanwhile behind the hello. Changes come in bursts
            // (a reconnected listener, writes on several instances) faster than a stream writes them: the
            // emitter queues what is not written yet, up to MAX_PENDING_CHANGES.
            Object order = new Object();
            synchronized (order) {
                Cancellable listening = changes.changes().subscribe().with(change -> {
                    synchronized (order) {
                        emitter.emit(sse.newEventBuilder().name("change").id(Long.toString(change.dataVersion()))
                                .data(write(change)).build());
                    }
                }, emitter::fail, emitter::complete);
                emitter.onTermination(listening::cancel);
                emitter.emit(sse.newEventBuilder().name("hello")
                        .data("{\"dataVersion\":" + answers.knownVersion().id() + "}").build());
            }
        }, MAX_PENDING_CHANGES);
        Multi<OutboundSseEvent> alive = Multi.createFrom().ticks().every(KEEP_ALIVE).onOverflow().drop() // one missed is harmless
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(news, alive)
                .select().first(lasting)
                // a client that falls further behind has its stream ended (its EventSource reconnects and reads
                // the data version in the hello), not failed with an error in the log
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
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
