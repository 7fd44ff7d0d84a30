package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/** The service must reproduce the LAKIP 2021 tables to the unit, from the migrated figures. */
@QuarkusTest
class Lakip2021ReproductionTest {

    private static final RestAssuredConfig BIG_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void reproducesEveryWeekAndMonthOfTable33() {
        JsonPath body = given().config(BIG_DECIMALS)
                .when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021)
                .then().statusCode(200).body("months", hasSize(12))
                .extract().jsonPath();

        for (int month = 1; month <= 12; month++) {
            String path = "months[" + (month - 1) + "]";
            assertEquals(month, body.getInt(path + ".month"));
            assertEquals(Lakip2021.JOB_SEEKERS_BY_MONTH[month - 1], body.getLong(path + ".total"), "total of month " + month);
            assertEquals(4, body.getList(path + ".weeks").size(), "weeks of month " + month);
            for (int week = 1; week <= 4; week++) {
                String weekPath = path + ".weeks[" + (week - 1) + "]";
                assertEquals(week, body.getInt(weekPath + ".week"));
                assertEquals(Lakip2021.JOB_SEEKERS_BY_WEEK[month - 1][week - 1], body.getLong(weekPath + ".count"),
                        "month " + month + " week " + week);
            }
        }
        assertEquals(Lakip2021.JOB_SEEKERS_YEAR, body.getLong("total"));
    }

    @Test
    void reproducesTable31RowOfFacilitatedWorkers() {
        given().config(BIG_DECIMALS)
                .when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021)
                .then().statusCode(200)
                .body("indicator", equalTo("FACILITATED_WORKERS"))
                .body("year", equalTo(2021))
                .body("total", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR))
                .body("target", equalTo((int) Lakip2021.FACILITATED_WORKERS_TARGET))
                .body("achievementPercent", equalTo(new BigDecimal(Lakip2021.FACILITATED_WORKERS_PERCENT)));
    }

    @Test
    void reproducesEveryCellOfTable34() {
        JsonPath body = given().config(BIG_DECIMALS)
                .when().get("/api/v1/statistics/service-users?year={year}", 2021)
                .then().statusCode(200).body("months", hasSize(12))
                .extract().jsonPath();

        for (int month = 1; month <= 12; month++) {
            String path = "months[" + (month - 1) + "].byCategory.";
            assertEquals(month, body.getInt("months[" + (month - 1) + "].month"));
            assertEquals(Lakip2021.JOB_SEEKERS_BY_MONTH[month - 1], body.getLong(path + "JOB_SEEKER"), "job seekers " + month);
            assertEquals(Lakip2021.EMPLOYERS[month - 1], longOrNull(body, path + "EMPLOYER"), "employers " + month);
            assertEquals(Lakip2021.PBK_TRAINING[month - 1], longOrNull(body, path + "PBK_TRAINING"), "PBK " + month);
            assertEquals(Lakip2021.PRAKERJA_TRAINING[month - 1], longOrNull(body, path + "PRAKERJA_TRAINING"), "Pra Kerja " + month);
        }
        assertEquals(Lakip2021.JOB_SEEKERS_YEAR, body.getLong("byCategory.JOB_SEEKER"));
        assertEquals(Lakip2021.EMPLOYERS_YEAR, body.getLong("byCategory.EMPLOYER"));
        assertEquals(Lakip2021.PBK_TRAINING_YEAR, body.getLong("byCategory.PBK_TRAINING"));
        assertEquals(Lakip2021.PRAKERJA_TRAINING_YEAR, body.getLong("byCategory.PRAKERJA_TRAINING"));
        assertEquals(Lakip2021.SERVICE_USERS_YEAR, body.getLong("total"));
    }

    @Test
    void showsNotReportedCellsOfTable34AsNullAndAddsUpTheOthers() {
        given().when().get("/api/v1/statistics/service-users?year={year}", 2021)
                .then().statusCode(200)
                .body("months[0].byCategory.PRAKERJA_TRAINING", nullValue())
                .body("months[0].total", equalTo((int) (Lakip2021.JOB_SEEKERS_BY_MONTH[0] + Lakip2021.EMPLOYERS[0]
                        + Lakip2021.PBK_TRAINING[0])))
                .body("months[11].byCategory.PRAKERJA_TRAINING", nullValue());
    }

    @Test
    void reproducesTable31RowOfServiceUsers() {
        given().config(BIG_DECIMALS)
                .when().get("/api/v1/statistics/service-users?year={year}", 2021)
                .then().statusCode(200)
                .body("indicator", equalTo("SERVICE_USERS"))
                .body("total", equalTo((int) Lakip2021.SERVICE_USERS_YEAR))
                .body("target", equalTo((int) Lakip2021.SERVICE_USERS_TARGET))
                .body("achievementPercent", equalTo(new BigDecimal(Lakip2021.SERVICE_USERS_PERCENT)));
    }

    @Test
    void servesTheTargetsOfTable21() {
        given().when().get("/api/v1/targets?year={year}", 2021)
                .then().statusCode(200)
                .body("", hasSize(7))
                .body("find { it.indicator == 'FACILITATED_WORKERS' }.target", equalTo((int) Lakip2021.FACILITATED_WORKERS_TARGET))
                .body("find { it.indicator == 'SERVICE_USERS' }.target", equalTo((int) Lakip2021.SERVICE_USERS_TARGET));
    }

    private static Long longOrNull(JsonPath body, String path) {
        Object value = body.get(path);
        return value == null ? null : ((Number) value).longValue();
    }
}
