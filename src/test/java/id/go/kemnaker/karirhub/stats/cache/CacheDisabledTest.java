package id.go.kemnaker.karirhub.stats.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import id.go.kemnaker.karirhub.stats.statistics.Lakip2021;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * With {@code karirhub.cache.enabled=false} every answer is rendered from the database: the
 * figures are right, conditional GET still answers 304, a change made straight in the tables
 * shows at once, and two renders of one answer are the same bytes.
 */
@QuarkusTest
@TestProfile(CacheDisabledTest.CacheDisabled.class)
@OwnsYears({ 2069 })
class CacheDisabledTest {

    public static class CacheDisabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("karirhub.cache.enabled", "false");
        }
    }

    private static final int YEAR = TestYears.of(CacheDisabledTest.class)[0];
    private static final String STATISTICS = "/api/v1/statistics/facilitated-workers?year=" + YEAR;

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, CacheDisabledTest.class).deleteOwnedYears();
    }

    @Test
    void servesThe2021FiguresAndAnswers304s() {
        String etag = given().when().get("/api/v1/statistics/service-users?year=2021").then().statusCode(200)
                .header("ETag", matchesPattern("\"\\d+-[0-9a-f]+\""))
                .header("Cache-Control", equalTo("max-age=5"))
                .body("total", equalTo((int) Lakip2021.SERVICE_USERS_YEAR))
                .body("byCategory.PRAKERJA_TRAINING", equalTo((int) Lakip2021.PRAKERJA_TRAINING_YEAR))
                .body("achievementPercent", equalTo(Float.parseFloat(Lakip2021.SERVICE_USERS_PERCENT)))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/statistics/service-users?year=2021")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        given().when().get("/api/v1/series?indicator=FACILITATED_WORKERS&last=3").then().statusCode(200)
                .body("series[0].points.value", equalTo(java.util.List.of((int) Lakip2021.JOB_SEEKERS_BY_MONTH[9],
                        (int) Lakip2021.JOB_SEEKERS_BY_MONTH[10], (int) Lakip2021.JOB_SEEKERS_BY_MONTH[11])));
    }

    /** Byte-stability across cache misses: with no cache, each request below is a render of its own. */
    @Test
    void rendersTheSameBytesEveryTime() {
        for (String format : new String[] { "json", "csv", "html" }) {
            byte[] first = given().when().get("/api/v1/reports/performance?year=2021&format={f}", format).then().statusCode(200)
                    .extract().asByteArray();
            byte[] second = given().when().get("/api/v1/reports/performance?year=2021&format={f}", format).then().statusCode(200)
                    .extract().asByteArray();
            assertArrayEquals(first, second, format);
        }
        given().when().get("/api/v1/reports/performance?year=2021").then()
                .body("rows.find { it.indicator == 'FACILITATED_WORKERS' }.realisation", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR));
    }

    @Test
    void aWriteEndsThe304sAndAChangeInTheTablesShowsAtOnce() throws SQLException {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(Map.of("count", 100))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(201);
        String etag = given().when().get(STATISTICS).then().body("total", equalTo(100)).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(STATISTICS).then().statusCode(304);
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(Map.of("count", 120))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(200);
        given().header("If-None-Match", etag).when().get(STATISTICS).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("total", equalTo(120));

        // Straight into the table, bypassing the service: no cache, so the very next read has it.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE reported_count SET amount = 130 WHERE category = 'JOB_SEEKER' AND year = ? AND month = 1 AND week = 1")) {
            update.setInt(1, YEAR);
            assertEquals(1, update.executeUpdate());
        }
        given().when().get(STATISTICS).then().statusCode(200).body("total", equalTo(130));
    }
}
