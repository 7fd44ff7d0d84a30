package id.go.kemnaker.karirhub.stats.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.karirhub.stats.DatabaseLocks;
import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.PackagedService;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.restassured.response.Response;

/**
 * SIGTERM to the packaged service: readiness turns DOWN at once while the service goes on
 * answering (reads that need the database too) for the shutdown delay, then the process ends;
 * a request still running when the delay is over (an import) finishes and is stored before the
 * embedded database stops.
 */
@OwnsYears({ 2054 })
class GracefulShutdownIT {

    private static final int YEAR = TestYears.of(GracefulShutdownIT.class)[0];
    /** The packaged service runs the prod profile, which trusts no token unless told which key to trust. */
    private static final String[] TRUST_DEV_TOKENS = {
            "mp.jwt.verify.publickey.location=" + Path.of("dev/jwt/public-key.pem").toAbsolutePath(),
            "mp.jwt.verify.issuer=" + Tokens.ISSUER };
    /** quarkus.shutdown.delay of the packaged service. */
    private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(5);

    @TempDir
    Path workDirectory;

    private PackagedService service;

    @AfterEach
    void stop() throws Exception {
        try {
            if (service != null && service.isAlive()) { // an external database outlives the test: leave it clean
                service.sql("DELETE FROM regional_sum WHERE year = " + YEAR);
                service.sql("DELETE FROM reported_count WHERE year = " + YEAR);
            }
        } finally {
            if (service != null) {
                service.close();
            }
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

    /**
     * An import of a regency year is running when SIGTERM arrives, held (by the write lock the
     * test holds on the service's database) until the shutdown delay is over and the service
     * only waits for running requests: the import still answers 200 with every row created, the
     * database stops after it (cleanly: no postmaster.pid left), and a restart on the same data
     * directory shows every row.
     */
    @Test
    void anImportRunningAtSigtermIsStoredBeforeTheDatabaseStops() throws Exception {
        Path data = workDirectory.resolve("postgres");
        int port = PackagedService.freePort();
        service = PackagedService.start(workDirectory.resolve("service.log"), port, data, TRUST_DEV_TOKENS);
        service.sql("DELETE FROM regional_sum WHERE year = " + YEAR); // only an external database holds any
        service.sql("DELETE FROM reported_count WHERE year = " + YEAR);

        // Every regency and city of the year, every reporting week: 514 x 48 rows, the values made up here.
        List<String> regencies = given().port(port).when().get("/api/v1/regions?level=regency&date={y}-06-30", YEAR)
                .then().statusCode(200).extract().path("code");
        assertEquals(514, regencies.size(), "Indonesia's regencies and cities (Kepmendagri 300.2.2-2138/2025)");
        StringBuilder csv = new StringBuilder("category,year,month,week,count,region\n");
        long sum = 0;
        long[] kotaBandung = new long[48];
        for (int r = 0; r < regencies.size(); r++) {
            for (int w = 0; w < 48; w++) {
                long count = 1 + (r * 48L + w) % 997;
                csv.append("JOB_SEEKER,").append(YEAR).append(',').append(w / 4 + 1).append(',').append(w % 4 + 1).append(',')
                        .append(count).append(',').append(regencies.get(r)).append('\n');
                sum += count;
                if (regencies.get(r).equals("32.73")) {
                    kotaBandung[w] = count;
                }
            }
        }
        int rows = regencies.size() * 48;

        CompletableFuture<Response> importing;
        Instant signalled;
        try (DatabaseLocks writeLock = DatabaseLocks.holdWriteLock(service.dataSource())) {
            importing = CompletableFuture.supplyAsync(() -> given().port(port)
                    .header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv").body(csv.toString())
                    .when().post("/api/v1/imports").andReturn());
            writeLock.awaitWaiting(1, Duration.ofSeconds(60)); // parsed, waiting to write
            signalled = Instant.now();
            service.signalTerm();
            Instant down = signalled.plusSeconds(3);
            while (given().port(port).when().get("/q/health/ready").statusCode() == 200 && Instant.now().isBefore(down)) {
                Thread.sleep(20);
            }
            given().port(port).when().get("/q/health/ready").then().statusCode(503);
            // Past the delay: the service takes no new requests and only waits for running ones.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), signalled.plus(SHUTDOWN_DELAY).plusSeconds(2)).toMillis()));
            assertFalse(importing.isDone(), () -> "the import should still wait, but answered: " + importing.join().asString());
            assertTrue(service.isAlive(), "the service waits for the import");
        } // letting go needs the database: it is still up, 7 s after SIGTERM
        Response answer = importing.get(60, TimeUnit.SECONDS);
        Instant answered = Instant.now();
        try {
            answer.then().statusCode(200).body("created", equalTo(rows)).body("updated", equalTo(0));
        } catch (AssertionError e) {
            throw new AssertionError("the import after SIGTERM: " + answer.asString() + "\nthe service's log:\n" + service.log(), e);
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (service.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertFalse(service.isAlive(), "the process ends after the import");
        if (PackagedService.usesEmbeddedDatabase()) {
            assertFalse(Files.exists(data.resolve("postmaster.pid")), "the embedded database stopped cleanly with the service");
        }
        assertFalse(service.log().contains(" ERROR ["), "no error while stopping:\n" + service.log());
        System.out.printf("GracefulShutdownIT: the import answered %d ms after SIGTERM, the process ended %d ms after it%n",
                Duration.between(signalled, answered).toMillis(), Duration.between(signalled, Instant.now()).toMillis());

        service = PackagedService.start(workDirectory.resolve("restarted.log"), port, data,
                "quarkus.shutdown.delay=0s");
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year={y}", YEAR).then().statusCode(200)
                .body("total", equalTo(Math.toIntExact(sum))).body("complete", equalTo(true));
        given().port(port).when().get("/api/v1/counts?year={y}&region=32.73", YEAR).then().statusCode(200)
                .body("count", equalTo(Arrays.stream(kotaBandung).boxed().map(Long::intValue).toList()));
    }
}
