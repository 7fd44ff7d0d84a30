package id.go.kemnaker.karirhub.stats.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The backstop behind NOTIFY: a change made straight in the tables (no audit entry, no NOTIFY,
 * so the data version stays) is served from the cache until {@code karirhub.cache.ttl} has
 * passed, then read from the database. Here the TTL is 3 s instead of 30.
 */
@QuarkusTest
@TestProfile(CacheTtlTest.ShortTtl.class)
@OwnsYears({ 2078 })
class CacheTtlTest {

    private static final Duration TTL = Duration.ofSeconds(3);
    /** What a loaded 2-core machine may add to the TTL before this fails. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    public static class ShortTtl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("karirhub.cache.ttl", TTL.toSeconds() + "s");
        }
    }

    private static final int YEAR = TestYears.of(CacheTtlTest.class)[0];
    private static final String STATISTICS = "/api/v1/statistics/facilitated-workers?year=" + YEAR;

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, CacheTtlTest.class).deleteOwnedYears();
    }

    @Test
    void aChangeStraightInTheTableIsSeenOnceTheTtlHasPassed() throws Exception {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(Map.of("count", 100))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(201);
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021").then().body("total", equalTo(1_040_746)); // warms up JSON parsing
        long cachingAskedAt = System.nanoTime(); // the answer below is cached no earlier than this
        Response cached = given().when().get(STATISTICS);

        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE reported_count SET amount = 150 WHERE category = 'JOB_SEEKER' AND year = ? AND month = 1 AND week = 1")) {
            update.setInt(1, YEAR);
            assertEquals(1, update.executeUpdate());
        }
        long changedAt = System.nanoTime();
        Response immediately = given().when().get(STATISTICS);
        long answeredAt = System.nanoTime();
        assertEquals(100, cached.jsonPath().getInt("total"));
        if (answeredAt - cachingAskedAt < TTL.toNanos()) {
            assertEquals(100, immediately.jsonPath().getInt("total"), "within the TTL the cached answer is still served");
        } else {
            System.out.printf("CacheTtlTest: too slow to check the cached answer (%d ms after caching)%n",
                    (answeredAt - cachingAskedAt) / 1_000_000);
        }

        Duration seenAfter = null;
        while (System.nanoTime() - changedAt < TTL.plus(SLACK).toNanos()) {
            int total = given().when().get(STATISTICS).then().statusCode(200).extract().path("total");
            if (total == 150) {
                seenAfter = Duration.ofNanos(System.nanoTime() - changedAt);
                break;
            }
            Thread.sleep(50);
        }
        System.out.printf("CacheTtlTest: a change straight in the table was served after %s (TTL %s)%n", seenAfter, TTL);
        assertTrue(seenAfter != null, "not seen within the TTL (" + TTL + ") and " + SLACK + " of slack");
    }
}
