package id.go.kemnaker.karirhub.stats.counts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** POST /api/v1/counts/batch: all or nothing, and what it reports. */
@QuarkusTest
@OwnsYears({2083})
class BatchTest {

    private static final int YEAR = TestYears.of(BatchTest.class)[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, BatchTest.class).deleteOwnedYears();
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> item(String category, int month, Integer week, long count) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("category", category, "year", YEAR, "month", month, "count", count));
        item.put("week", week);
        return item;
    }

    @Test
    void reportsCreatedUpdatedAndUnchanged() {
        officer().body(List.of(item("JOB_SEEKER", 1, 1, 10), item("JOB_SEEKER", 1, 2, 20), item("EMPLOYER", 1, null, 5)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(200).body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        officer().body(List.of(item("JOB_SEEKER", 1, 1, 10), item("JOB_SEEKER", 1, 2, 25), item("PBK_TRAINING", 1, null, 7)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        given().when().get("/api/v1/statistics/service-users?year={year}", YEAR)
                .then().body("months[0].total", equalTo(10 + 25 + 5 + 7));
    }

    @Test
    void storesNothingWhenOneItemConflicts() {
        officer().body(List.of(item("EMPLOYER", 2, null, 5))).when().post("/api/v1/counts/batch").then().statusCode(200);
        officer().body(List.of(item("JOB_SEEKER", 2, 1, 1), item("EMPLOYER", 2, 3, 9), item("JOB_SEEKER", 3, null, 4),
                        item("JOB_SEEKER", 3, 1, 4)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(409)
                .body("errors.item", contains("[1]", "[3]"))
                .body("errors[0].message", equalTo("EMPLOYER " + YEAR + "-02 week 3 cannot be stored: EMPLOYER " + YEAR
                        + "-02 already holds a month total"))
                .body("errors[1].message", equalTo("JOB_SEEKER " + YEAR + "-03 week 1 cannot be stored together with a month "
                        + "total of the same month ([2])"));
        given().when().get("/api/v1/counts?category=JOB_SEEKER&year={year}", YEAR).then().body("", empty());
    }

    @Test
    void namesEveryInvalidItem() {
        officer().body(List.of(item("JOB_SEEKER", 13, 1, 1), item("JOB_SEEKER", 1, 5, -3)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(400)
                .body("errors.field", contains("[0].month", "[1].count", "[1].week"));
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", empty());
    }

    @Test
    void refusesARepeatedKey() {
        officer().body(List.of(item("JOB_SEEKER", 1, 1, 1), item("JOB_SEEKER", 1, 1, 2)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("[1]"))
                .body("errors[0].message", equalTo("repeats item [0] (JOB_SEEKER " + YEAR + "-01 week 1)"));
    }

    @Test
    void refusesMoreThanTenThousandItems() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            items.add(item("JOB_SEEKER", 1, 1, i));
        }
        officer().body(items).when().post("/api/v1/counts/batch")
                .then().statusCode(400).body("errors[0].message", equalTo("holds more than 10000 items"));
    }
}
