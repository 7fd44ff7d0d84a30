package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The plain statistics read ({@code ?year=Y}, JSON) is answered by a Vert.x route in front of
 * JAX-RS ({@link StatisticsRoute}); {@code &format=json} asks for the same answer through
 * the resource. Both must send the same bytes and headers, and everything the route does not
 * take must still get the resource's answer.
 */
@QuarkusTest
class StatisticsRouteTest {

    private static final List<String> SAME_HEADERS = List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Vary",
            "X-Content-Type-Options", "Referrer-Policy", "Content-Security-Policy", "X-Frame-Options");

    @Test
    void answersWithTheResourcesBytesAndHeaders() {
        for (String name : List.of("facilitated-workers", "service-users")) {
            Response fast = given().when().get("/api/v1/statistics/{name}?year={year}", name, 2021);
            Response resource = given().when().get("/api/v1/statistics/{name}?year={year}&format=json", name, 2021);
            fast.then().statusCode(200);
            resource.then().statusCode(200);
            assertArrayEquals(resource.asByteArray(), fast.asByteArray(), name);
            for (String header : SAME_HEADERS) {
                assertEquals(resource.header(header), fast.header(header), name + " " + header);
            }
        }
    }

    @Test
    void keepsTheLakip2021Figures() {
        given().log().ifValidationFails().when()
                .get("/api/v1/statistics/facilitated-workers?year={year}", 2021)
                .then().statusCode(200)
                .body("total", equalTo(1040746)).body("target", equalTo(2000000))
                .body("months[0].weeks[0].count", equalTo(3770));
    }

    @Test
    void answersAMatchingIfNoneMatchAnd304AsTheResourceDoes() {
        String etag = given().when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021).header("ETag");
        Response fast = given().header("If-None-Match", "W/" + etag)
                .when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021);
        Response resource = given().header("If-None-Match", "W/" + etag)
                .when().get("/api/v1/statistics/facilitated-workers?year={year}&format=json", 2021);
        fast.then().statusCode(304).body(emptyString());
        resource.then().statusCode(304);
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary")) {
            assertEquals(resource.header(header), fast.header(header), header);
        }
        given().header("If-Modified-Since", fast.header("Last-Modified"))
                .when().get("/api/v1/statistics/service-users?year={year}", 2021).then().statusCode(304);
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() {
        Response get = given().when().get("/api/v1/statistics/service-users?year={year}", 2021);
        given().when().head("/api/v1/statistics/service-users?year={year}", 2021)
                .then().statusCode(200).body(emptyString())
                .header("ETag", get.header("ETag")).header("Content-Type", get.header("Content-Type"))
                .header("Vary", "Accept").header("X-Frame-Options", "DENY");
    }

    @Test
    void leavesEveryOtherRequestToTheResource() {
        given().accept("text/csv").when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021)
                .then().statusCode(200).contentType(containsString("text/csv")).body(containsString("2021-01-W1"));
        given().accept("text/html").when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021)
                .then().statusCode(406);
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", 1999)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/statistics/service-users")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                .when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021)
                .then().statusCode(200).body("total", equalTo(1040746));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&asOf={asOf}", 2021, "2000-01-01T00:00:00Z")
                .then().statusCode(200).body("total", nullValue());
    }
}
