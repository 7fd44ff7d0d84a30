package id.go.kemnaker.karirhub.stats.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** How the report is asked for: which format wins, and the 400 and 406 answers. */
@QuarkusTest
class PerformanceReportRequestTest {

    private static final String REPORT = "/api/v1/reports/performance";

    @Test
    void letsFormatWinOverAccept() {
        given().accept("text/html").queryParam("year", 2021).queryParam("format", "json").when().get(REPORT)
                .then().statusCode(200).contentType("application/json").body("year", equalTo(2021));
        given().accept("application/json").queryParam("year", 2021).queryParam("format", "CSV").when().get(REPORT)
                .then().statusCode(200).contentType("text/csv");
    }

    @Test
    void followsTheMostPreferredAcceptableType() {
        given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").queryParam("year", 2021)
                .when().get(REPORT).then().statusCode(200).contentType("text/html");
        given().header("Accept", "application/json;q=0.5, text/csv").queryParam("year", 2021)
                .when().get(REPORT).then().statusCode(200).contentType("text/csv");
        given().header("Accept", "*/*").queryParam("year", 2021)
                .when().get(REPORT).then().statusCode(200).contentType("application/json");
    }

    @Test
    void requiresAYearInRange() {
        assertInvalid(given().when().get(REPORT).then(), "year", "is required (an integer from 2000 to 2099)");
        assertInvalid(given().queryParam("year", "2100").when().get(REPORT).then(), "year",
                "must be an integer from 2000 to 2099, got '2100'");
        assertInvalid(given().accept("text/html").queryParam("year", "abc").when().get(REPORT).then(), "year",
                "must be an integer from 2000 to 2099, got 'abc'");
    }

    @Test
    void namesAnUnknownFormatOrBom() {
        assertInvalid(given().queryParam("year", 2021).queryParam("format", "pdf").when().get(REPORT).then(), "format",
                "must be one of json, csv, html, got 'pdf'");
        assertInvalid(given().queryParam("year", 2021).queryParam("format", "csv").queryParam("bom", "yes").when().get(REPORT)
                .then(), "bom", "must be true or false, got 'yes'");
    }

    @Test
    void answers406ForAnUnsupportedAcceptHeader() {
        given().accept("application/xml").queryParam("year", 2021).when().get(REPORT)
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406))
                .body("detail", containsString("Accept"));
    }

    private static void assertInvalid(ValidatableResponse response, String parameter, String reason) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-parameter"))
                .body("detail", equalTo(parameter + " " + reason))
                .body("instance", equalTo(REPORT))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(reason));
    }
}
