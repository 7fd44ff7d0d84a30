package id.go.kemnaker.karirhub.stats.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.karirhub.stats.PackagedService;

/**
 * SIGTERM to the packaged service: readiness turns DOWN at once while the service goes on
 * answering (reads that need the database too) for the shutdown delay, then the process ends.
 */
class GracefulShutdownIT {

    @TempDir
    Path workDirectory;

    private PackagedService service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void readinessGoesDownFirstAndRequestsAreStillServed() throws Exception {
        int port = PackagedService.freePort();
        service = PackagedService.start(workDirectory.resolve("service.log"), port, workDirectory.resolve("postgres"));
        given().port(port).when().get("/q/health/ready").then().statusCode(200);

        Instant signalled = Instant.now();
        service.signalTerm();
        try {
            // The JVM takes a moment to act on the signal: await readiness going DOWN, well within the delay.
            Instant down = Instant.now().plusSeconds(3);
            while (given().port(port).when().get("/q/health/ready").statusCode() == 200 && Instant.now().isBefore(down)) {
                Thread.sleep(20);
            }
            given().port(port).when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.name", hasItem("Graceful Shutdown"));
            // Not cached yet: rendered from the database, which must outlive the delay too.
            given().port(port).when().get("/api/v1/reports/performance?year=2021&format=csv").then().statusCode(200);
            given().port(port).when().get("/api/v1/statistics/service-users?year=2021").then().statusCode(200);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("while stopping, after " + Duration.between(signalled, Instant.now()).toMillis()
                    + " ms; the service's log:\n" + service.log(), e);
        }
        assertTrue(Duration.between(signalled, Instant.now()).toMillis() < 5_000, "checked within the 5 s delay");

        Instant deadline = Instant.now().plusSeconds(30);
        while (service.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertFalse(service.isAlive(), "the process ends after the delay");
        long took = Duration.between(signalled, Instant.now()).toMillis();
        assertTrue(took >= 4_500, "it kept serving for the delay, " + took + " ms");
        assertFalse(service.log().contains(" ERROR ["), "no error while stopping:\n" + service.log());
    }
}
