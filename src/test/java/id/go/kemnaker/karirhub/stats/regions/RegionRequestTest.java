package id.go.kemnaker.karirhub.stats.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Bad parameters get a 400 naming them, unknown codes a 404, and unchanged answers a 304. */
@QuarkusTest
class RegionRequestTest {

    private static final String REGIONS = "/api/v1/regions";

    @Test
    void rejectsAnUnknownLevel() {
        assertInvalid(given().when().get(REGIONS + "?level={level}", "kecamatan").then(), "level",
                "must be province or regency, got 'kecamatan'");
    }

    @Test
    void rejectsADateThatIsNotADay() {
        assertInvalid(given().when().get(REGIONS + "?date={date}", "2021-13-01").then(), "date",
                "must be a date from 2000-01-01 to 2099-12-31 written yyyy-MM-dd, such as 2021-06-30, got '2021-13-01'");
        assertInvalid(given().when().get(REGIONS + "?date={date}", "30/06/2021").then(), "date",
                "must be a date from 2000-01-01 to 2099-12-31 written yyyy-MM-dd, such as 2021-06-30, got '30/06/2021'");
        assertInvalid(given().when().get(REGIONS + "/32?date={date}", "1999-12-31").then(), "date",
                "must be a date from 2000-01-01 to 2099-12-31 written yyyy-MM-dd, such as 2021-06-30, got '1999-12-31'");
    }

    @Test
    void rejectsAParentThatIsNotAProvinceOfTheDate() {
        assertInvalid(given().when().get(REGIONS + "?parent={parent}", "99").then(), "parent",
                "'99' is not a Kemendagri region code (provinces are 11 to 96)");
        assertInvalid(given().when().get(REGIONS + "?parent={parent}", "32.73").then(), "parent",
                "'32.73' is Kota Bandung (32.73), a regency, not a province");
        assertInvalid(given().when().get(REGIONS + "?parent={parent}&date=2021-06-30", "93").then(), "parent",
                "Papua Selatan (93) is valid from 2022-07-25, not on 2021-06-30");
        assertInvalid(given().when().get(REGIONS + "?parent=32&level=province").then(), "parent",
                "applies to regencies only; leave out level=province or parent");
    }

    @Test
    void acceptsTheParentByName() {
        given().when().get(REGIONS + "?parent={parent}", "DIY").then().statusCode(200).body("$", hasSize(5))
                .body("[4].name", equalTo("Kota Yogyakarta"));
    }

    @Test
    void rejectsACodeOfTheWrongShape() {
        assertInvalid(given().when().get(REGIONS + "/{code}", "327").then(), "code",
                "must be a Kemendagri region code: 2 digits for a province (32), 4 for a regency (32.73 or 3273), got '327'");
        assertInvalid(given().when().get(REGIONS + "/{code}", "Bandung").then(), "code",
                "must be a Kemendagri region code: 2 digits for a province (32), 4 for a regency (32.73 or 3273), got 'Bandung'");
    }

    @Test
    void answers404ForACodeNoRegionHas() {
        given().when().get(REGIONS + "/{code}", "32.99")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No region has the Kemendagri code 32.99"))
                .body("instance", equalTo("/api/v1/regions/32.99"));
    }

    @Test
    void readsACodeWithOrWithoutTheDot() {
        given().when().get(REGIONS + "/{code}", "3273").then().statusCode(200).body("code", equalTo("32.73"))
                .body("name", equalTo("Kota Bandung"));
    }

    @Test
    void answers304WhileTheCodeListIsUnchanged() {
        ValidatableResponse first = given().when().get(REGIONS + "?level=province&date=2021-06-30").then().statusCode(200)
                .header("Cache-Control", equalTo("max-age=3600")).header("ETag", startsWith("\"regions-"));
        String etag = first.extract().header("ETag");
        given().header("If-None-Match", etag).when().get(REGIONS + "?level=province&date=2021-06-30")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        given().when().get(REGIONS + "?level=province&date=2023-01-01").then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
        String one = given().when().get(REGIONS + "/32").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", one).when().get(REGIONS + "/32").then().statusCode(304);
        given().header("If-None-Match", etag).when().get(REGIONS + "/32").then().statusCode(200);
    }

    private static void assertInvalid(ValidatableResponse response, String field, String message) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-parameter"))
                .body("status", equalTo(400))
                .body("detail", equalTo(field + " " + message))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }
}
