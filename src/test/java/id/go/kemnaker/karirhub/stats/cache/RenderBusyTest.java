package id.go.kemnaker.karirhub.stats.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.DatabaseLocks;
import id.go.kemnaker.karirhub.stats.statistics.Lakip2021;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * With one render thread and a render wait of one second: while a render is held up in the
 * database, a read behind it waits in the queue and is answered 503 with Retry-After once its
 * wait is over, without waiting for the render in front of it; the held render then answers in
 * full. The Vert.x route answers the 503 itself after one wait (handing the read on to its
 * resource would queue it a second time), and the resource answers the same problem; each such
 * read counts once in {@code karirhub_cache_busy_total}.
 */
@QuarkusTest
@TestProfile(RenderBusyTest.OneRenderThread.class)
class RenderBusyTest {

    public static class OneRenderThread implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("karirhub.cache.enabled", "false", "karirhub.cache.max-concurrent-renders", "1",
                    "karirhub.cache.render-wait", "1s");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void aReadThatWaitsTooLongIsAnswered503WhileTheRenderInFrontOfItGoesOn() throws Exception {
        CompletableFuture<Response> held;
        try (DatabaseLocks counts = DatabaseLocks.holdCountsTable(dataSource)) {
            held = CompletableFuture.supplyAsync(() -> given().when().get("/api/v1/statistics/facilitated-workers?year=2021"));
            counts.awaitWaiting(1, Duration.ofSeconds(20)); // the only render thread waits for the counts

            double busyBefore = busyCount();
            refusedAfterOneWait(given(), "/api/v1/statistics/service-users?year=2021"); // the Vert.x route
            refusedAfterOneWait(given().queryParam("format", "csv"), "/api/v1/statistics/service-users?year=2021"); // JAX-RS
            assertEquals(2, busyCount() - busyBefore, "one busy render per refused read");
            assertFalse(held.isDone(), "the render in front is still held by the lock");
        }
        Response answered = held.get(30, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode(), answered.asString());
        answered.then().body("total", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR));
        // the queue is free again: the next read is rendered at once
        given().when().get("/api/v1/statistics/service-users?year=2021").then().statusCode(200)
                .body("total", equalTo((int) Lakip2021.SERVICE_USERS_YEAR));
    }

    /**
     * The read is answered 503 once its one-second wait is over (a sweep every 100 ms finds it), not
     * after the held render; that it waited once, not twice, the busy count shows.
     */
    private static void refusedAfterOneWait(RequestSpecification request, String url) {
        long start = System.nanoTime();
        Response refused = request.when().get(url);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(503, refused.statusCode(), refused.asString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("2", refused.header("Retry-After"));
        refused.then().body("type", equalTo("urn:karirhub:problem:unavailable")).body("status", equalTo(503))
                .body("instance", equalTo("/api/v1/statistics/service-users"))
                .body("detail", containsString("Too many reads are being computed at once"));
        assertTrue(waitedMillis >= 1_000 && waitedMillis < 3_000, url + " answered after " + waitedMillis + " ms");
    }

    private double busyCount() {
        Counter busy = registry.find("karirhub.cache.busy").counter();
        return busy == null ? 0 : busy.count();
    }
}
