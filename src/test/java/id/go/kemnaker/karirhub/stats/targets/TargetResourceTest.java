package id.go.kemnaker.karirhub.stats.targets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@OwnsYears({2095})
class TargetResourceTest {

    @Test
    void answersAnEmptyListForAYearWithoutTargets() {
        given().when().get("/api/v1/targets?year={year}", TestYears.of(TargetResourceTest.class)[0]).then().statusCode(200).body("", empty());
    }

    @Test
    void listsEveryYearWithoutAFilter() {
        given().when().get("/api/v1/targets")
                .then().statusCode(200)
                .body("indicator", hasItems("FACILITATED_WORKERS", "SERVICE_USERS"))
                .body("year", hasItems(2021));
    }
}
