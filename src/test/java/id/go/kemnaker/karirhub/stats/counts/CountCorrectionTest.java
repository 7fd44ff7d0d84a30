package id.go.kemnaker.karirhub.stats.counts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.DatabaseLocks;
import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** PUT, GET and DELETE of single counts: statuses, ETags, If-Match, conflicts and their audit entries. */
@QuarkusTest
@OwnsYears({2082})
class CountCorrectionTest {

    private static final int YEAR = TestYears.of(CountCorrectionTest.class)[0];
    private static final String WEEK = "/api/v1/counts/JOB_SEEKER/{year}/{month}/weeks/{week}";
    private static final String MONTH = "/api/v1/counts/EMPLOYER/{year}/{month}";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, CountCorrectionTest.class).deleteOwnedYears();
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER, "officer.a@kemnaker.go.id"))
                .contentType(ContentType.JSON);
    }

    private static RequestSpecification auditor() {
        return given().header("Authorization", Tokens.bearer(Roles.AUDITOR));
    }

    @Test
    void createsThenChangesThenLeavesUnchanged() {
        officer().body("{\"count\":3770}").when().put(WEEK, YEAR, 1, 1)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1"))
                .header("ETag", not(nullValue()))
                .body("count", equalTo(3770)).body("week", equalTo(1));
        officer().body("{\"count\":3790}").when().put(WEEK, YEAR, 1, 1).then().statusCode(200).body("count", equalTo(3790));
        officer().body("{\"count\":3790}").when().put(WEEK, YEAR, 1, 1).then().statusCode(200).body("count", equalTo(3790));

        auditor().when().get(WEEK + "/history", YEAR, 1, 1)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("oldValue", org.hamcrest.Matchers.contains(null, 3770))
                .body("newValue", org.hamcrest.Matchers.contains(3770, 3790))
                .body("actor", org.hamcrest.Matchers.everyItem(equalTo("officer.a@kemnaker.go.id")))
                .body("channel", org.hamcrest.Matchers.everyItem(equalTo("api")));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR).then().body("total", equalTo(3790));
    }

    @Test
    void deletesAndRecordsTheDeletion() {
        officer().body("{\"count\":1182}").when().put(MONTH, YEAR, 1).then().statusCode(201).body("week", nullValue());
        officer().when().delete(MONTH, YEAR, 1).then().statusCode(204);
        given().when().get(MONTH, YEAR, 1).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No count is stored for EMPLOYER " + YEAR + "-01 month total"));
        officer().when().delete(MONTH, YEAR, 1).then().statusCode(404);
        auditor().when().get(MONTH + "/history", YEAR, 1)
                .then().body("newValue", org.hamcrest.Matchers.contains(1182, null))
                .body("oldValue", org.hamcrest.Matchers.contains(null, 1182));
    }

    @Test
    void refusesAStaleIfMatchAndChangesNothing() {
        String first = officer().body("{\"count\":100}").when().put(WEEK, YEAR, 2, 1).then().statusCode(201).extract().header("ETag");
        String second = officer().header("If-Match", first).body("{\"count\":110}").when().put(WEEK, YEAR, 2, 1)
                .then().statusCode(200).extract().header("ETag");
        officer().header("If-Match", first).body("{\"count\":120}").when().put(WEEK, YEAR, 2, 1)
                .then().statusCode(412).contentType("application/problem+json")
                .body("title", equalTo("Precondition failed"))
                .body("detail", equalTo("The count for JOB_SEEKER " + YEAR + "-02 week 1 has changed since it was read (its ETag is now "
                        + second + "); read it again and repeat the change if it still applies"));
        officer().header("If-Match", first).when().delete(WEEK, YEAR, 2, 1).then().statusCode(412);
        given().when().get(WEEK, YEAR, 2, 1).then().statusCode(200).header("ETag", equalTo(second)).body("count", equalTo(110));
    }

    /**
     * Two officers correct the same count with the same If-Match. The test holds the audit write
     * lock until PostgreSQL shows both requests waiting for it, so they truly overlap; then one
     * wins and the other is told it is stale. Five rounds, each on a count of its own.
     */
    @Test
    void letsOnlyOneOfTwoOverlappingCorrectionsWin() throws Exception {
        for (int month = 6; month <= 10; month++) {
            int round = month;
            String etag = officer().body("{\"count\":500}").when().put(WEEK, YEAR, round, 2).then().statusCode(201)
                    .extract().header("ETag");
            List<CompletableFuture<Integer>> officers;
            try (DatabaseLocks writeLock = DatabaseLocks.holdWriteLock(dataSource)) {
                officers = List.of(501, 502).stream()
                        .map(value -> CompletableFuture.supplyAsync(() -> officer().header("If-Match", etag)
                                .body("{\"count\":" + value + "}").when().put(WEEK, YEAR, round, 2).then().extract().statusCode()))
                        .toList();
                writeLock.awaitWaiting(2, Duration.ofSeconds(10));
            }
            List<Integer> statuses = officers.stream().map(CompletableFuture::join).toList();
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList(), "one wins, the other is told it is stale");
            int winner = statuses.get(0) == 200 ? 501 : 502;
            given().when().get(WEEK, YEAR, round, 2).then().body("count", equalTo(winner));
            auditor().when().get(WEEK + "/history", YEAR, round, 2).then().body("newValue", contains(500, winner));
        }
    }

    @Test
    void refusesAWeekWhereTheMonthHoldsAMonthTotal() {
        officer().body("{\"count\":1473}").when().put("/api/v1/counts/JOB_SEEKER/{year}/{month}", YEAR, 4).then().statusCode(201);
        officer().body("{\"count\":10}").when().put(WEEK, YEAR, 4, 2)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:conflict"))
                .body("detail", equalTo("JOB_SEEKER " + YEAR + "-04 week 2 cannot be stored: JOB_SEEKER " + YEAR
                        + "-04 already holds a month total"));
        given().when().get(WEEK, YEAR, 4, 2).then().statusCode(404);
    }

    @Test
    void refusesAMonthTotalWhereTheMonthHoldsWeeks() {
        officer().body("{\"count\":1}").when().put(WEEK, YEAR, 5, 1).then().statusCode(201);
        officer().body("{\"count\":2}").when().put(WEEK, YEAR, 5, 3).then().statusCode(201);
        officer().body("{\"count\":3}").when().put("/api/v1/counts/JOB_SEEKER/{year}/{month}", YEAR, 5)
                .then().statusCode(409)
                .body("detail", equalTo("JOB_SEEKER " + YEAR + "-05 month total cannot be stored: JOB_SEEKER " + YEAR
                        + "-05 already holds week counts (weeks 1, 3)"));
    }

    @Test
    void rejectsBadBodiesAndPathsNamingTheField() {
        officer().body("{\"count\":-1}").when().put(WEEK, YEAR, 1, 1)
                .then().statusCode(400).body("errors[0].field", equalTo("count")).body("errors[0].message", equalTo("must be 0 or more"));
        officer().body("{}").when().put(WEEK, YEAR, 1, 1)
                .then().statusCode(400).body("errors[0].field", equalTo("count")).body("errors[0].message", equalTo("is required"));
        officer().body("{\"count\":\"many\"}").when().put(WEEK, YEAR, 1, 1)
                .then().statusCode(400).body("type", equalTo("urn:karirhub:problem:invalid-body")).body("errors[0].field", equalTo("count"));
        officer().body("{\"count\":").when().put(WEEK, YEAR, 1, 1)
                .then().statusCode(400).body("type", equalTo("urn:karirhub:problem:invalid-body"));
        officer().body("{\"count\":1}").when().put(WEEK, YEAR, 1, 5)
                .then().statusCode(400).body("errors[0].field", equalTo("week"));
        officer().body("{\"count\":1}").when().put("/api/v1/counts/TEACHER/{year}/1", YEAR)
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        given().when().get(WEEK, YEAR, 1, 1).then().statusCode(404);
    }
}
