package id.go.kemnaker.karirhub.stats.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.karirhub.stats.PackagedService;

/**
 * Nothing a client sends takes the service down: the packaged service with a 256 MiB heap, asked
 * for the largest answers one request may have, each at a distinct past moment (so every one is
 * a new cache entry and a new render), by many clients at once. Before the cache was bounded by
 * bytes, 300 such reads (2.3 MB each) filled the heap after 73 and half of them answered 500.
 */
class MemoryBoundsIT {

    /** Every category, weekly, over 41 years: 9,840 values, just under the 10,000 one answer may hold. */
    private static final String LARGEST = "/api/v1/series?category=JOB_SEEKER,EMPLOYER,PBK_TRAINING,PRAKERJA_TRAINING,VACANCY"
            + "&from=2000&to=2040&interval=week";
    private static final int READS = 300;
    private static final int CLIENTS = 16;

    @TempDir
    Path workDirectory;

    private PackagedService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void manyDistinctLargeReadsNeitherFillTheHeapNorFail() throws Exception {
        int port = PackagedService.freePort();
        service = PackagedService.start(workDirectory.resolve("service.log"), port, workDirectory.resolve("postgres"),
                List.of("-Xmx256m"));

        // a whole century of every category's weeks is more than one answer may hold
        given().port(port).when().get(LARGEST.replace("to=2040", "to=2099")).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant start = Instant.now().minusSeconds(10);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            String asOf = start.minusSeconds(i).toString();
            answers.add(clients.submit(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + LARGEST
                    + "&asOf=" + asOf)).timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray())));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        long largest = 0;
        for (Future<HttpResponse<byte[]>> answer : answers) {
            HttpResponse<byte[]> response = answer.get(10, TimeUnit.MINUTES);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            largest = Math.max(largest, response.body().length);
        }
        clients.shutdown();
        String cacheSize = given().port(service.managementPort()).accept("text/plain").when().get("/q/metrics").then()
                .statusCode(200).extract().asString().lines().filter(line -> line.startsWith("karirhub_cache_size_bytes "))
                .findFirst().orElseThrow();
        long cached = (long) Double.parseDouble(cacheSize.substring(cacheSize.indexOf(' ') + 1));
        System.out.printf("MemoryBoundsIT: %d reads of up to %,d bytes with -Xmx256m: %s; %,d bytes cached%n", READS, largest,
                statuses, cached);

        assertTrue(largest > 500_000, "the answers are large (" + largest + " bytes)");
        assertEquals(READS, statuses.getOrDefault(200, 0) + statuses.getOrDefault(503, 0),
                "every read is answered, or told to come back (503) when the render slots stay full: " + statuses);
        assertTrue(statuses.getOrDefault(200, 0) > READS / 2, "most reads are answered: " + statuses);
        assertTrue(cached <= 32L * 1024 * 1024, "the cache holds at most its 32 MiB: " + cached);
        assertTrue(service.isAlive());
        assertFalse(service.log().contains("OutOfMemoryError"), "no OutOfMemoryError in the log");
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year=2021").then().statusCode(200)
                .body("total", equalTo(1_040_746));
    }
}
