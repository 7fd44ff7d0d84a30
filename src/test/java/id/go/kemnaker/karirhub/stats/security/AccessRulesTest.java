package id.go.kemnaker.karirhub.stats.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.statistics.Lakip2021;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Who may do what: reads are open, writes need their role, the audit trail needs auditor. */
@QuarkusTest
@OwnsYears({2081})
class AccessRulesTest {

    private static final int YEAR = TestYears.of(AccessRulesTest.class)[0];
    private static final String COUNT = "/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, AccessRulesTest.class).deleteOwnedYears();
    }

    @Test
    void refusesAWriteWithoutAToken() {
        assertUnauthorized(given().contentType(ContentType.JSON).body("{\"count\":1}").when().put(COUNT, YEAR).then(),
                "This operation needs a bearer token (Authorization: Bearer <JWT>)");
    }

    @Test
    void refusesAnExpiredToken() {
        assertInvalidToken(given().header("Authorization", Tokens.expired(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body("{\"count\":1}").when().put(COUNT, YEAR).then());
    }

    @Test
    void refusesATokenSignedByAnUnknownKey() {
        assertInvalidToken(given().header("Authorization", Tokens.signedByAnUnknownKey(Roles.DATA_OFFICER))
                .contentType(ContentType.JSON).body("{\"count\":1}").when().put(COUNT, YEAR).then());
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertInvalidToken(given().header("Authorization", Tokens.fromAnotherIssuer(Roles.DATA_OFFICER))
                .contentType(ContentType.JSON).body("{\"count\":1}").when().put(COUNT, YEAR).then());
    }

    @Test
    void refusesAGarbledToken() {
        assertInvalidToken(given().header("Authorization", "Bearer not.a.jwt").contentType(ContentType.JSON)
                .body("{\"count\":1}").when().put(COUNT, YEAR).then());
    }

    @Test
    void letsOnlyDataOfficersWriteCounts() {
        for (String role : new String[] { Roles.PLANNER, Roles.AUDITOR }) {
            assertForbidden(given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON)
                    .body("{\"count\":1}").when().put(COUNT, YEAR).then());
            assertForbidden(given().header("Authorization", Tokens.bearer(role)).contentType("text/csv")
                    .body("category,year,month,week,count\nJOB_SEEKER," + YEAR + ",1,1,1\n").when().post("/api/v1/imports").then());
            assertForbidden(given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON)
                    .body("[]").when().post("/api/v1/counts/batch").then());
            assertForbidden(given().header("Authorization", Tokens.bearer(role)).when().delete(COUNT, YEAR).then());
        }
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body("{\"count\":1}")
                .when().put(COUNT, YEAR).then().statusCode(201);
    }

    @Test
    void letsOnlyPlannersSetTargets() {
        assertForbidden(given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body("{\"target\":10}").when().put("/api/v1/targets/SERVICE_USERS/{year}", YEAR).then());
        assertUnauthorized(given().contentType(ContentType.JSON).body("{\"target\":10}")
                .when().put("/api/v1/targets/SERVICE_USERS/{year}", YEAR).then(),
                "This operation needs a bearer token (Authorization: Bearer <JWT>)");
        given().header("Authorization", Tokens.bearer(Roles.PLANNER)).contentType(ContentType.JSON).body("{\"target\":10}")
                .when().put("/api/v1/targets/SERVICE_USERS/{year}", YEAR).then().statusCode(201).body("target", equalTo(10));
    }

    @Test
    void letsOnlyAuditorsReadTheAuditTrail() {
        assertUnauthorized(given().when().get("/api/v1/audit").then(),
                "This operation needs a bearer token (Authorization: Bearer <JWT>)");
        assertForbidden(given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).when().get("/api/v1/audit").then());
        assertForbidden(given().header("Authorization", Tokens.bearer(Roles.PLANNER))
                .when().get(COUNT + "/history", 2021).then());
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).when().get("/api/v1/audit?limit=1").then().statusCode(200)
                .body("entries", hasSize(1)).body("entries[0].channel", equalTo("initial-load"));
    }

    @Test
    void keepsReadsOpenWithoutAToken() {
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021").then().statusCode(200)
                .body("total", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR));
        given().when().get("/api/v1/counts?year=2021&month=1&category=EMPLOYER").then().statusCode(200)
                .body("count", contains(Lakip2021.EMPLOYERS[0].intValue()));
        given().when().get("/api/v1/counts/JOB_SEEKER/2021/1/weeks/1").then().statusCode(200)
                .body("count", equalTo((int) Lakip2021.JOB_SEEKERS_BY_WEEK[0][0]));
        given().when().get("/api/v1/targets?year=2021").then().statusCode(200)
                .body("find { it.indicator == 'SERVICE_USERS' }.target", equalTo((int) Lakip2021.SERVICE_USERS_TARGET));
        given().when().get("/api/v1/categories").then().statusCode(200)
                .body("code", contains("JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING", "VACANCY",
                        "JOB_SEEKER_PLACED", "JOB_SEEKER_REMOVED", "JOB_SEEKERS_REMAINING", "VACANCY_FILLED", "VACANCY_REMOVED",
                        "VACANCIES_REMAINING"));
    }

    private static void assertInvalidToken(ValidatableResponse response) {
        assertUnauthorized(response, "The bearer token is not valid: it is malformed, expired, or not signed by a trusted key");
    }

    static void assertUnauthorized(ValidatableResponse response, String detail) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", equalTo(detail));
    }

    private static void assertForbidden(ValidatableResponse response) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Forbidden"))
                .body("status", equalTo(403))
                .body("detail", equalTo("The token does not carry a role that may do this; see the operation's description for the role"));
    }
}
