package id.go.kemnaker.karirhub.stats.counts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/counts over the 2021 figures the migration loaded (read-only). */
@QuarkusTest
class CountResourceTest {

    @Test
    void listsTheWeeksOfAMonthInOrder() {
        given().when().get("/api/v1/counts?category={category}&year={year}&month={month}", "JOB_SEEKER", 2021, 10)
                .then().statusCode(200)
                .body("", hasSize(4))
                .body("week", contains(1, 2, 3, 4))
                .body("count", contains(53_033, 127_941, 215_280, 30_005))
                .body("category", everyItem(equalTo("JOB_SEEKER")));
    }

    @Test
    void showsMonthTotalsWithANullWeek() {
        given().when().get("/api/v1/counts?category={category}&year={year}", "EMPLOYER", 2021)
                .then().statusCode(200)
                .body("", hasSize(12))
                .body("week", everyItem(nullValue()))
                .body("month", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .body("[0].count", equalTo(1_182));
    }

    @Test
    void storesNothingForAPeriodThatWasNotReported() {
        given().when().get("/api/v1/counts?category={category}&year={year}", "PRAKERJA_TRAINING", 2021)
                .then().statusCode(200)
                .body("", hasSize(9))
                .body("month", contains(3, 4, 5, 6, 7, 8, 9, 10, 11));
    }

    @Test
    void combinesFiltersAndOrdersByPeriod() {
        given().when().get("/api/v1/counts?year={year}&month={month}", 2021, 1)
                .then().statusCode(200)
                .body("category", contains("EMPLOYER", "JOB_SEEKER", "JOB_SEEKER", "JOB_SEEKER", "JOB_SEEKER", "PBK_TRAINING"))
                .body("week", contains(null, 1, 2, 3, 4, null));
    }
}
