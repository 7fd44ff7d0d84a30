package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** How totals treat partly reported periods, month totals, missing targets and rounding. */
@QuarkusTest
@OwnsYears({2091, 2092, 2093})
class StatisticsRulesTest {

    private static final int PARTIAL_YEAR = TestYears.of(StatisticsRulesTest.class)[0];
    private static final int ROUNDING_YEAR = TestYears.of(StatisticsRulesTest.class)[1];
    private static final int EMPTY_YEAR = TestYears.of(StatisticsRulesTest.class)[2];

    @Inject
    DataSource dataSource;

    private CountsTable table;

    @BeforeEach
    void createData() {
        table = new CountsTable(dataSource, StatisticsRulesTest.class);
        // January: job seekers reported weeks I and II only; February: a month total only;
        // March: nobody but employers.
        table.insert("JOB_SEEKER", PARTIAL_YEAR, 1, 1, 100);
        table.insert("JOB_SEEKER", PARTIAL_YEAR, 1, 2, 250);
        table.insert("JOB_SEEKER", PARTIAL_YEAR, 2, null, 4_000);
        table.insert("EMPLOYER", PARTIAL_YEAR, 3, null, 7);
        table.insert("PBK_TRAINING", PARTIAL_YEAR, 1, 3, 0);
        table.insertTarget("SERVICE_USERS", PARTIAL_YEAR, 0);

        table.insert("JOB_SEEKER", ROUNDING_YEAR, 5, null, 12_345);
        table.insertTarget("FACILITATED_WORKERS", ROUNDING_YEAR, 100_000);
    }

    @AfterEach
    void removeData() {
        table.deleteOwnedYears();
    }

    @Test
    void addsUpOnlyTheReportedWeeksAndShowsTheOthersAsNull() {
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", PARTIAL_YEAR)
                .then().statusCode(200)
                .body("months[0].total", equalTo(350))
                .body("months[0].weeks.week", contains(1, 2, 3, 4))
                .body("months[0].weeks.count", contains(100, 250, null, null))
                .body("total", equalTo(4_350));
    }

    @Test
    void neverSplitsAMonthTotalIntoWeeks() {
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", PARTIAL_YEAR)
                .then().statusCode(200)
                .body("months[1].total", equalTo(4_000))
                .body("months[1].weeks", empty());
    }

    @Test
    void showsAMonthWithoutReportsAsNullNotZero() {
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", PARTIAL_YEAR)
                .then().statusCode(200)
                .body("months", hasSize(12))
                .body("months[2].total", nullValue())
                .body("months[2].weeks.count", everyItem(nullValue()));
    }

    @Test
    void keepsAReportedZeroApartFromNotReported() {
        given().when().get("/api/v1/statistics/service-users?year={year}", PARTIAL_YEAR)
                .then().statusCode(200)
                .body("months[0].byCategory.PBK_TRAINING", equalTo(0))
                .body("months[0].byCategory.EMPLOYER", nullValue())
                .body("months[0].total", equalTo(350))
                .body("months[2].total", equalTo(7))
                .body("months[3].total", nullValue())
                .body("byCategory.JOB_SEEKER", equalTo(4_350))
                .body("byCategory.EMPLOYER", equalTo(7))
                .body("byCategory.PBK_TRAINING", equalTo(0))
                .body("byCategory.PRAKERJA_TRAINING", nullValue())
                .body("total", equalTo(4_357));
    }

    @Test
    void hasNoAchievementWithoutATargetOrWithATargetOfZero() {
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", PARTIAL_YEAR)
                .then().statusCode(200).body("target", nullValue()).body("achievementPercent", nullValue());
        given().when().get("/api/v1/statistics/service-users?year={year}", PARTIAL_YEAR)
                .then().statusCode(200).body("target", equalTo(0)).body("achievementPercent", nullValue());
    }

    @Test
    void roundsAchievementHalfUpToTwoDecimals() {
        // 12,345 / 100,000 x 100 = 12.345 exactly: HALF_UP gives 12.35 (HALF_EVEN would give 12.34).
        given().config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .when().get("/api/v1/statistics/facilitated-workers?year={year}", ROUNDING_YEAR)
                .then().statusCode(200)
                .body("achievementPercent", equalTo(new BigDecimal("12.35")));
    }

    @Test
    void answersAYearWithoutDataWithNullTotals() {
        given().when().get("/api/v1/statistics/service-users?year={year}", EMPTY_YEAR)
                .then().statusCode(200)
                .body("year", equalTo(EMPTY_YEAR))
                .body("total", nullValue())
                .body("target", nullValue())
                .body("achievementPercent", nullValue())
                .body("byCategory.JOB_SEEKER", nullValue())
                .body("months", hasSize(12))
                .body("months.total", everyItem(nullValue()));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", EMPTY_YEAR)
                .then().statusCode(200)
                .body("total", nullValue())
                .body("months", hasSize(12));
    }
}
