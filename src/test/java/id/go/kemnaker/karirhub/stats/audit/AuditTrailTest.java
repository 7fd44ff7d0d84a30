package id.go.kemnaker.karirhub.stats.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.indicators.IndicatorTables;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The audit feed: the initial load, batches and targets, keyset paging, filters. */
@QuarkusTest
@OwnsYears({2086})
class AuditTrailTest {

    private static final int YEAR = TestYears.of(AuditTrailTest.class)[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, AuditTrailTest.class).deleteOwnedYears();
    }

    private static RequestSpecification auditor() {
        return given().header("Authorization", Tokens.bearer(Roles.AUDITOR));
    }

    @Test
    void showsTheMigrated2021FiguresAsTheInitialLoad() {
        auditor().when().get("/api/v1/counts/JOB_SEEKER/2021/10/weeks/3/history")
                .then().statusCode(200)
                .body("[0].channel", equalTo("initial-load"))
                .body("[0].oldValue", nullValue())
                .body("[0].newValue", equalTo(215_280));
        auditor().when().get("/api/v1/audit?year=2021&category=PRAKERJA_TRAINING&limit=100")
                .then().body("entries", hasSize(9)).body("entries.channel", everyItem(equalTo("initial-load")));
    }

    @Test
    void recordsBatchesAndTargetsAndPagesByKeyset() {
        long start = new IndicatorTables(dataSource).lastAuditId();
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER, "etl@sisnaker")).contentType(ContentType.JSON)
                .body(List.of(java.util.Map.of("category", "EMPLOYER", "year", YEAR, "month", 1, "count", 1),
                        java.util.Map.of("category", "EMPLOYER", "year", YEAR, "month", 2, "count", 2),
                        java.util.Map.of("category", "EMPLOYER", "year", YEAR, "month", 3, "count", 3)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Roles.PLANNER, "planner@kemnaker")).contentType(ContentType.JSON)
                .body("{\"target\":99}").when().put("/api/v1/targets/FACILITATED_WORKERS/{year}", YEAR).then().statusCode(201);

        String next = auditor().when().get("/api/v1/audit?year={year}&after={start}&limit=2", YEAR, start)
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries.month", contains(1, 2))
                .body("entries.actor", everyItem(equalTo("etl@sisnaker")))
                .body("entries.channel", everyItem(equalTo("batch")))
                .extract().path("next");
        auditor().when().get("/api/v1/audit?year={year}&limit=2&after={after}", YEAR, next)
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries[0].month", equalTo(3))
                .body("entries[1].subject", equalTo("TARGET"))
                .body("entries[1].indicator", equalTo("FACILITATED_WORKERS"))
                .body("entries[1].actor", equalTo("planner@kemnaker"))
                .body("entries[1].newValue", equalTo(99));
        List<Integer> ids = auditor().when().get("/api/v1/audit?year={year}&after={start}", YEAR, start).then().extract()
                .path("entries.id");
        assertEquals(4, ids.size(), "three counts and a target since the test began");
        assertTrue(ids.get(0) > start);
        assertTrue(ids.get(0) < ids.get(1) && ids.get(1) < ids.get(2) && ids.get(2) < ids.get(3), "oldest first");
    }

    /**
     * Counts and their entries go to the database with COPY, whose text format gives a backslash a
     * meaning ({@code \N} alone is NULL): actors (domain accounts) with one, and with letters beyond
     * ASCII, come back exactly as their tokens named them.
     */
    @Test
    void keepsAnActorWithABackslashAsTheTokenNamedIt() {
        List<String> actors = List.of("KEMNAKER\\siti.nurhalizah Ñ 日本", "\\N");
        for (int week = 1; week <= actors.size(); week++) {
            given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER, actors.get(week - 1))).contentType(ContentType.JSON)
                    .body("{\"count\":" + (40 + week) + "}")
                    .when().put("/api/v1/counts/JOB_SEEKER/{year}/5/weeks/{week}", YEAR, week).then().statusCode(201);
            auditor().when().get("/api/v1/counts/JOB_SEEKER/{year}/5/weeks/{week}/history", YEAR, week)
                    .then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].actor", equalTo(actors.get(week - 1)))
                    .body("[0].newValue", equalTo(40 + week));
            given().when().get("/api/v1/counts/JOB_SEEKER/{year}/5/weeks/{week}", YEAR, week)
                    .then().statusCode(200).body("count", equalTo(40 + week));
        }
    }

    @Test
    void rejectsABadCursorOrInstant() {
        auditor().when().get("/api/v1/audit?after=abc").then().statusCode(400).body("errors[0].field", equalTo("after"));
        auditor().when().get("/api/v1/audit?since=yesterday").then().statusCode(400).body("errors[0].field", equalTo("since"));
        auditor().when().get("/api/v1/audit?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
