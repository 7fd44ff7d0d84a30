package id.go.kemnaker.karirhub.stats.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.PackagedService;
import id.go.kemnaker.karirhub.stats.TcpProxy;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Two instances of the packaged service on one database, as behind a load balancer: a write
 * through either is visible through the other within a second, and the ETags the other handed
 * out before the write stop matching there. The write's NOTIFY reaches the other instance's
 * {@link DataChangeListener}; {@link ConditionalGetTest} covers the same rules in one JVM.
 *
 * <p>Without QUARKUS_DATASOURCE_JDBC_URL the first instance runs on its embedded database and
 * the second on that one; with it, both run on that server.
 */
@OwnsYears({2096, 2030})
class TwoInstancesIT {

    private static final int YEAR = TestYears.of(TwoInstancesIT.class)[0];
    /** Never written: a read of it cannot be answered from the cache. */
    private static final int UNCACHED_YEAR = TestYears.of(TwoInstancesIT.class)[1];
    private static final String STATISTICS = "/api/v1/statistics/facilitated-workers?year=" + YEAR;
    /**
     * What the README promises: a write through one instance is visible through the other within
     * 1 s (measured about 70 ms). Without the listener it could only arrive when the 30 s TTL runs
     * out, so this bound fails a listener that never listens.
     */
    private static final Duration FAIL_AFTER = Duration.ofSeconds(1);
    /** Polling goes on this long, so that a slow propagation is measured, not only failed. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(20);

    @TempDir
    Path workDirectory;

    private PackagedService first;
    private PackagedService second;

    /** The first answer that showed a write, and how long after the write returned it arrived. */
    private record Arrival(Duration after, Response answer) {

        String millis() {
            return String.format("%.1f ms", after.toNanos() / 1e6);
        }
    }

    @BeforeAll
    static void logFailedExchanges() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void removeYearAndStop() throws Exception {
        try {
            if (first != null && first.isAlive()) {
                first.sql("DELETE FROM reported_count WHERE year = " + YEAR);
            }
        } finally {
            if (second != null) {
                second.close(); // before the first: it may run on the first one's embedded database
            }
            if (first != null) {
                first.close();
            }
        }
    }

    /** The packaged service runs the prod profile, which trusts no token unless told which key to trust. */
    private static final String[] TRUST_DEV_TOKENS = {
            "mp.jwt.verify.publickey.location=" + Path.of("dev/jwt/public-key.pem").toAbsolutePath(),
            "mp.jwt.verify.issuer=" + Tokens.ISSUER };

    @Test
    void aWriteThroughOneInstanceIsVisibleThroughTheOther() throws Exception {
        first = PackagedService.start(workDirectory.resolve("first.log"), PackagedService.freePort(),
                workDirectory.resolve("postgres"), TRUST_DEV_TOKENS);
        second = PackagedService.startOnDatabaseOf(first, workDirectory.resolve("second.log"), PackagedService.freePort(),
                TRUST_DEV_TOKENS);

        putWeek(first, 100, 201);
        Response before = get(second);
        assertEquals(100, before.jsonPath().getInt("total"));
        String etagBefore = before.header("ETag");
        get(second, etagBefore).then().statusCode(304);

        putWeek(first, 250, 200);
        long writtenThroughFirst = System.nanoTime();
        Arrival onSecond = awaitTotal(second, etagBefore, 250, writtenThroughFirst);
        String etagAfter = onSecond.answer().header("ETag");
        assertNotEquals(etagBefore, etagAfter);
        get(second, etagBefore).then().statusCode(200);
        assertEquals(etagAfter, get(first).header("ETag"),
                "the ETag derives from the data version and the request, so both instances give the same one");
        // Each instance rendered this answer itself, in its own JVM: the bytes are the same.
        assertArrayEquals(onSecond.answer().asByteArray(), get(first).asByteArray(), "both instances render the same bytes");
        assertArrayEquals(given().port(first.port()).when().get("/api/v1/reports/performance?year=2021").asByteArray(),
                given().port(second.port()).when().get("/api/v1/reports/performance?year=2021").asByteArray(),
                "the 2021 report rendered by each instance");

        get(first, etagAfter).then().statusCode(304);
        putWeek(second, 400, 200);
        long writtenThroughSecond = System.nanoTime();
        Arrival onFirst = awaitTotal(first, etagAfter, 400, writtenThroughSecond);
        get(first, etagAfter).then().statusCode(200);
        assertEquals(onFirst.answer().header("ETag"), get(second).header("ETag"),
                "both instances give the same ETag for the same answer");

        System.out.printf("TwoInstancesIT: a write through the first instance was visible through the second after %s, "
                + "one through the second through the first after %s%n", onSecond.millis(), onFirst.millis());
        assertAll(
                () -> assertTrue(onSecond.after().compareTo(FAIL_AFTER) < 0,
                        "a write through the first instance is visible through the second within 1 s (took "
                                + onSecond.millis() + ")"),
                () -> assertTrue(onFirst.after().compareTo(FAIL_AFTER) < 0,
                        "a write through the second instance is visible through the first within 1 s (took "
                                + onFirst.millis() + ")"));
    }

    /**
     * When the database goes away (here: the first instance stops, taking its embedded
     * PostgreSQL with it), the second answers what it has cached and a problem+json 503 with
     * Retry-After for anything it would have to read, never a 500.
     */
    @Test
    void withoutItsDatabaseAnInstanceAnswers503() throws Exception {
        assumeTrue(PackagedService.usesEmbeddedDatabase(), "needs a database this test can stop");
        first = PackagedService.start(workDirectory.resolve("first.log"), PackagedService.freePort(),
                workDirectory.resolve("postgres"), TRUST_DEV_TOKENS);
        second = PackagedService.startOnDatabaseOf(first, workDirectory.resolve("second.log"), PackagedService.freePort(),
                TRUST_DEV_TOKENS);
        String cached = given().port(second.port()).when().get("/api/v1/statistics/facilitated-workers?year=2021")
                .then().statusCode(200).extract().header("ETag");
        first.stop();

        given().port(second.port()).header("If-None-Match", cached).when().get("/api/v1/statistics/facilitated-workers?year=2021")
                .then().statusCode(304);
        given().port(second.port()).when().get("/api/v1/series?indicator=SERVICE_USERS&from={year}", UNCACHED_YEAR)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", org.hamcrest.Matchers.equalTo("urn:karirhub:problem:unavailable"));
    }

    /**
     * A database outage while a write comes in: the second instance reaches the database through
     * a relay that the test cuts (every connection dropped, new ones refused), as a network cut
     * would, and restores; the instance is never restarted. During the outage a write gets a
     * problem+json 503 with Retry-After and stores nothing; after it the next write succeeds, and
     * the change listener, cut too, has reconnected: a write through the first instance arrives.
     * Works on the embedded database and on an external one alike.
     */
    @Test
    void aWriteDuringADatabaseOutageGets503AndTheNextOneAfterItSucceeds() throws Exception {
        first = PackagedService.start(workDirectory.resolve("first.log"), PackagedService.freePort(),
                workDirectory.resolve("postgres"), TRUST_DEV_TOKENS);
        try (TcpProxy relay = TcpProxy.forJdbcUrl(first.jdbcUrl())) {
            second = PackagedService.startOnDatabase(relay.jdbcUrl(), workDirectory.resolve("second.log"), PackagedService.freePort(),
                    TRUST_DEV_TOKENS);
            putWeek(second, 100, 201);
            long auditedBefore = lastAuditId(first);

            relay.cut();
            long cutAt = System.nanoTime();
            given().port(second.port()).header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                    .body(Map.of("count", 250)).when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:karirhub:problem:unavailable"))
                    .body("detail", equalTo("The database cannot be reached; nothing was changed. Try again shortly."));
            given().port(second.port()).when().get("/api/v1/series?indicator=SERVICE_USERS&from={year}", UNCACHED_YEAR)
                    .then().statusCode(503).header("Retry-After", "5");
            given().port(second.port()).when().get("/q/health/ready").then().statusCode(503);
            // Nothing was stored, as the first instance (on the database directly) sees.
            given().port(first.port()).when().get("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR)
                    .then().statusCode(200).body("count", equalTo(100));
            assertEquals(auditedBefore, lastAuditId(first), "no audit entry from the refused write");

            relay.restore();
            long restoredAt = System.nanoTime();
            putWeek(second, 300, 200);
            given().port(first.port()).when().get("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR)
                    .then().statusCode(200).body("count", equalTo(300));

            String etag = get(second).header("ETag");
            putWeek(first, 400, 200);
            long writtenThroughFirst = System.nanoTime();
            Arrival onSecond = awaitTotal(second, etag, 400, writtenThroughFirst);
            System.out.printf("TwoInstancesIT: outage of %.1f s; after it a write through the first instance was visible through "
                    + "the second (its listener reconnected) after %s%n", (restoredAt - cutAt) / 1e9, onSecond.millis());
            assertTrue(onSecond.after().compareTo(FAIL_AFTER.plusSeconds(10)) < 0,
                    "visible within the listener's longest reconnect delay (10 s) and 1 s; took " + onSecond.millis());
        }
    }

    /**
     * With its listener off (karirhub.cache.listen=false, as behind a pooler in transaction mode)
     * an instance learns of another's writes only when its TTL runs out and it asks the database:
     * the write is visible through it after the TTL at the latest, and not through the listener.
     */
    @Test
    void withoutTheListenerAnotherInstancesWriteArrivesWithinTheTtl() throws Exception {
        Duration ttl = Duration.ofSeconds(3);
        first = PackagedService.start(workDirectory.resolve("first.log"), PackagedService.freePort(),
                workDirectory.resolve("postgres"), TRUST_DEV_TOKENS);
        List<String> unlistening = new ArrayList<>(List.of(TRUST_DEV_TOKENS));
        unlistening.addAll(List.of("karirhub.cache.listen=false", "karirhub.cache.ttl=" + ttl.toSeconds() + "s"));
        second = PackagedService.startOnDatabaseOf(first, workDirectory.resolve("second.log"), PackagedService.freePort(),
                unlistening.toArray(String[]::new));
        assertTrue(second.log().contains("Not listening for other instances' writes"), second.log());
        assertTrue(given().port(second.managementPort()).accept("text/plain").when().get("/q/metrics").asString()
                .contains("karirhub_change_listener_connected 0.0"), "the second instance's listener is off");

        putWeek(first, 100, 201);
        String etag = get(second).header("ETag");
        assertEquals(100, get(second).jsonPath().getInt("total"));
        putWeek(first, 250, 200);
        long written = System.nanoTime();
        Arrival onSecond = awaitTotal(second, etag, 250, written);
        System.out.printf("TwoInstancesIT: without its listener (TTL %d s) the second instance showed the first one's write after "
                + "%s%n", ttl.toSeconds(), onSecond.millis());
        assertTrue(onSecond.after().compareTo(ttl.plus(FAIL_AFTER)) < 0, "visible within the TTL and 1 s; took " + onSecond.millis());
        // its own writes are visible through it at once, listener or not
        putWeek(second, 300, 200);
        assertEquals(300, get(second).jsonPath().getInt("total"));
    }

    private static long lastAuditId(PackagedService instance) {
        List<Integer> ids = given().port(instance.port()).header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .when().get("/api/v1/audit?year={year}&limit=5000", YEAR).then().statusCode(200).extract().path("entries.id");
        return ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
    }

    /**
     * Asks {@code instance} every 10 ms, with the ETag it gave before a write, until it answers
     * 200 with {@code total}; until then it must answer 304.
     *
     * @param writtenAt {@link System#nanoTime()} when the write returned
     */
    private static Arrival awaitTotal(PackagedService instance, String etagBefore, int total, long writtenAt)
            throws InterruptedException {
        while (System.nanoTime() - writtenAt < GIVE_UP_AFTER.toNanos()) {
            Response answer = get(instance, etagBefore);
            long arrivedAt = System.nanoTime(); // before parsing: RestAssured's first JSON parse alone takes a second
            if (answer.statusCode() == 200 && answer.jsonPath().getInt("total") == total) {
                return new Arrival(Duration.ofNanos(arrivedAt - writtenAt), answer);
            }
            assertEquals(304, answer.statusCode(), () -> "until the write arrives the old ETag matches; got " + answer.asString());
            Thread.sleep(10);
        }
        throw new AssertionError("a write was not visible through the other instance within " + GIVE_UP_AFTER.toSeconds()
                + " s; its log:\n" + instance.log());
    }

    private static void putWeek(PackagedService instance, long count, int status) {
        given().port(instance.port()).header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                .contentType(ContentType.JSON).body(Map.of("count", count))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR)
                .then().statusCode(status);
    }

    private static Response get(PackagedService instance) {
        Response answer = given().port(instance.port()).when().get(STATISTICS);
        answer.then().statusCode(200);
        return answer;
    }

    private static Response get(PackagedService instance, String ifNoneMatch) {
        return given().port(instance.port()).header("If-None-Match", ifNoneMatch).when().get(STATISTICS);
    }
}
