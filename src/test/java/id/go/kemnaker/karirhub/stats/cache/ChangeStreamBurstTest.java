package id.go.kemnaker.karirhub.stats.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * {@code GET /api/v1/stream} under a burst: the listener publishes a change for every audit
 * entry and every commit of events it learns of, so after a reconnection or a busy minute on
 * several instances it publishes many at once, faster than a stream writes them. Each must
 * reach the stream, in order, and the stream must end at its duration as usual, not fail.
 * (Before each stream buffered its changes, a burst of more than the 128 changes the merge with
 * the keep-alives asks for ahead found no demand, and the stream failed with Mutiny's
 * BackPressureFailure, logged as an error; this test failed so.)
 */
@QuarkusTest
class ChangeStreamBurstTest {

    /** Far above the data versions of the tests' own writes, so they are told apart. */
    private static final long FIRST = 900_000_000L;
    private static final int BURST = 500;

    @Inject
    DataChanges changes;

    @Test
    void everyChangeOfABurstReachesTheStreamInOrder() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Integer> done = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/stream?duration=8"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    response.body().forEach(lines::add);
                    return response.statusCode();
                });
        long deadline = System.nanoTime() + 5_000_000_000L; // well within the stream's 8 s
        while (!lines.contains("event:hello") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(lines.contains("event:hello"), "no hello: " + lines);

        for (long version = FIRST + 1; version <= FIRST + BURST; version++) {
            changes.publish(new DataChanges.Change(version, "official", List.of("VACANCY"), List.of(2099), Instant.now()));
        }

        assertEquals(200, done.get(30, TimeUnit.SECONDS)); // ended by its duration
        List<Long> ids = new ArrayList<>();
        synchronized (lines) {
            for (String line : lines) {
                if (line.startsWith("id:") && Long.parseLong(line.substring(3).trim()) > FIRST) {
                    ids.add(Long.parseLong(line.substring(3).trim()));
                }
            }
        }
        assertEquals(LongStream.rangeClosed(FIRST + 1, FIRST + BURST).boxed().toList(), ids,
                "every change of the burst, once and in order");
    }

    /**
     * A client that reads nothing while a burst far larger than a stream's queue comes: its stream
     * is ended early (here within seconds of a 120 s duration), with a clean end of the response,
     * not failed, and it carries no more than the changes it could take.
     */
    @Test
    void aClientFarBehindHasItsStreamEndedEarly() throws Exception {
        int burst = 100_000;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/v1/stream?duration=120 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.UTF_8).contains("event:hello")) {
                int b = in.read();
                assertTrue(b >= 0, "the stream closed before its hello: " + head);
                head.write(b);
            }
            long started = System.nanoTime();
            for (long version = FIRST + 1; version <= FIRST + burst; version++) {
                changes.publish(new DataChanges.Change(version, "official", List.of("VACANCY"), List.of(2099), Instant.now()));
            }
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8); // until the server closes
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(seconds < 60, "ended after " + seconds + " s, not early");
            assertTrue(rest.endsWith("0\r\n\r\n"), "a clean end of the chunked response: " + tail(rest));
            long received = rest.lines().filter(line -> line.startsWith("event:change")).count();
            assertTrue(received > 0 && received < burst, received + " changes of " + burst);
        }
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 200));
    }
}
