package id.go.kemnaker.karirhub.stats.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every error leaves as RFC 9457 application/problem+json, naming what was wrong and nothing internal. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String INVALID_PARAMETER = "urn:karirhub:problem:invalid-parameter";

    @Test
    void rejectsAYearThatIsNotANumber() {
        assertInvalidParameter(given().when().get("/api/v1/statistics/facilitated-workers?year={year}", "abc").then(),
                "year", "must be an integer from 2000 to 2099, got 'abc'", "/api/v1/statistics/facilitated-workers");
    }

    @Test
    void rejectsAYearBefore2000() {
        assertInvalidParameter(given().when().get("/api/v1/statistics/service-users?year={year}", 1899).then(),
                "year", "must be an integer from 2000 to 2099, got '1899'", "/api/v1/statistics/service-users");
    }

    @Test
    void rejectsAYearAfter2099() {
        assertInvalidParameter(given().when().get("/api/v1/targets?year={year}", 2100).then(),
                "year", "must be an integer from 2000 to 2099, got '2100'", "/api/v1/targets");
    }

    @Test
    void requiresTheYearOfStatistics() {
        assertInvalidParameter(given().when().get("/api/v1/statistics/service-users").then(),
                "year", "is required (an integer from 2000 to 2099)", "/api/v1/statistics/service-users");
    }

    @Test
    void rejectsMonth13() {
        assertInvalidParameter(given().when().get("/api/v1/counts?year=2021&month={month}", 13).then(),
                "month", "must be an integer from 1 to 12, got '13'", "/api/v1/counts");
    }

    @Test
    void rejectsAnUnknownCategory() {
        assertInvalidParameter(given().when().get("/api/v1/counts?category={category}", "TEACHER").then(),
                "category", "must be one of JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING, VACANCY, "
                        + "JOB_SEEKER_PLACED, JOB_SEEKER_REMOVED, JOB_SEEKERS_REMAINING, VACANCY_FILLED, VACANCY_REMOVED, "
                        + "VACANCIES_REMAINING, got 'TEACHER'", "/api/v1/counts");
    }

    @Test
    void echoesAtMostFortyCharactersOfABadValue() {
        String huge = "9".repeat(300);
        given().when().get("/api/v1/counts?year={year}", huge)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be an integer from 2000 to 2099, got '" + "9".repeat(40) + "…'"));
    }

    @Test
    void answersAnUnknownPathWith404() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", startsWith("There is nothing at /api/v1/no-such-thing."))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void answersAnUnknownPathOutsideTheApiWith404() {
        given().when().get("/favicon-of-nothing.png")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void answersAWrongMethodWith405() {
        given().when().delete("/api/v1/categories")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("title", equalTo("Method Not Allowed"))
                .body("status", equalTo(405))
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("detail", equalTo("Method DELETE is not allowed on /api/v1/categories; allowed: GET, HEAD, OPTIONS"));
    }

    @Test
    void answersAnUnsupportedAcceptHeaderWith406() {
        given().accept("application/xml").when().get("/api/v1/targets")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Acceptable"))
                .body("detail", containsString("application/json"));
    }

    private static void assertInvalidParameter(ValidatableResponse response, String parameter, String reason, String path) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(INVALID_PARAMETER))
                .body("title", equalTo("Invalid request parameter"))
                .body("status", equalTo(400))
                .body("detail", equalTo(parameter + " " + reason))
                .body("instance", equalTo(path))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(reason))
                .body(revealsNothingInternal());
    }

    static Matcher<String> revealsNothingInternal() {
        return allOf(not(containsString("Exception")), not(containsString("java.")), not(containsString("at id.go")),
                not(containsString("SELECT")));
    }
}
