package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GET /api/v1/statistics/latest, and the CSV forms of the statistics. */
@QuarkusTest
@OwnsYears({2063, 2050})
class LatestFiguresTest {

    private static final int IN_PROGRESS = TestYears.of(LatestFiguresTest.class)[0];
    private static final int WITHOUT_COUNTS = TestYears.of(LatestFiguresTest.class)[1];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, LatestFiguresTest.class).deleteOwnedYears();
    }

    @Test
    void aCompletedYearEndsAtItsLastReportingWeek() {
        given().when().get("/api/v1/statistics/latest?indicator=FACILITATED_WORKERS&year=2021")
                .then().statusCode(200)
                .body("year", equalTo(2021))
                .body("latestPeriod", equalTo("2021-12-W4"))
                .body("latestPeriodStart", equalTo("2021-12-22"))
                .body("latestPeriodEnd", equalTo("2021-12-31"))
                .body("elapsedWeeks", equalTo(48))
                .body("yearToDate", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR))
                .body("complete", equalTo(true))
                .body("target", equalTo((int) Lakip2021.FACILITATED_WORKERS_TARGET))
                .body("achievementPercent", equalTo(Float.parseFloat(Lakip2021.FACILITATED_WORKERS_PERCENT)))
                .body("proRataTarget", equalTo((int) Lakip2021.FACILITATED_WORKERS_TARGET))
                .body("projectedYearEnd", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR));
        given().when().get("/api/v1/statistics/latest?indicator=SERVICE_USERS&year=2021")
                .then().statusCode(200)
                .body("latestPeriod", equalTo("2021-12"))
                .body("yearToDate", equalTo((int) Lakip2021.SERVICE_USERS_YEAR))
                .body("complete", equalTo(false))
                .body("achievementPercent", equalTo(Float.parseFloat(Lakip2021.SERVICE_USERS_PERCENT)));
    }

    @Test
    void aYearInProgressIsProjectedAtItsRunRate() {
        List<Map<String, Object>> items = new ArrayList<>();
        long yearToDate = 0;
        for (int index = 1; index <= 10; index++) { // January W1 to March W2
            long count = 1_000 + 37L * index;
            items.add(item("JOB_SEEKER", (index - 1) / 4 + 1, (index - 1) % 4 + 1, count));
            yearToDate += count;
        }
        items.add(item("EMPLOYER", 3, null, 555));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        long target = 1_234_567;
        given().header("Authorization", Tokens.bearer(Roles.PLANNER)).contentType(ContentType.JSON)
                .body(Map.of("target", target))
                .when().put("/api/v1/targets/FACILITATED_WORKERS/{year}", IN_PROGRESS).then().statusCode(201);

        long proRata = BigDecimal.valueOf(target * 10).divide(BigDecimal.valueOf(48), 0, RoundingMode.HALF_UP).longValueExact();
        long projected = BigDecimal.valueOf(yearToDate * 48).divide(BigDecimal.valueOf(10), 0, RoundingMode.HALF_UP).longValueExact();
        BigDecimal achievement = BigDecimal.valueOf(yearToDate * 100).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
        given().when().get("/api/v1/statistics/latest?indicator=FACILITATED_WORKERS&year={year}", IN_PROGRESS)
                .then().statusCode(200)
                .body("latestPeriod", equalTo(IN_PROGRESS + "-03-W2"))
                .body("elapsedWeeks", equalTo(10))
                .body("yearToDate", equalTo((int) yearToDate))
                .body("complete", equalTo(true))
                .body("proRataTarget", equalTo((int) proRata))
                .body("projectedYearEnd", equalTo((int) projected))
                .body("achievementPercent", equalTo(achievement.floatValue()));

        // Service users: March ends with the employers' month total, so 12 weeks have elapsed;
        // the job seekers' third and fourth March weeks are missing, so it is incomplete.
        given().when().get("/api/v1/statistics/latest?indicator=SERVICE_USERS&year={year}", IN_PROGRESS)
                .then().statusCode(200)
                .body("latestPeriod", equalTo(IN_PROGRESS + "-03"))
                .body("elapsedWeeks", equalTo(12))
                .body("yearToDate", equalTo((int) yearToDate + 555))
                .body("complete", equalTo(false))
                .body("target", nullValue())
                .body("proRataTarget", nullValue())
                .body("projectedYearEnd", equalTo((int) Math.round((yearToDate + 555) * 48 / 12.0)));
    }

    @Test
    void aYearWithoutCountsHasNoFigures() {
        given().when().get("/api/v1/statistics/latest?indicator=FACILITATED_WORKERS&year={year}", WITHOUT_COUNTS)
                .then().statusCode(200)
                .body("year", equalTo(WITHOUT_COUNTS)).body("latestPeriod", nullValue()).body("yearToDate", nullValue())
                .body("projectedYearEnd", nullValue()).body("complete", equalTo(false));
    }

    @Test
    void badParametersAreNamed() {
        given().when().get("/api/v1/statistics/latest").then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        given().when().get("/api/v1/statistics/latest?indicator=JOB_SEEKER").then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
        given().when().get("/api/v1/statistics/latest?indicator=SERVICE_USERS&year=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void latestFiguresAsCsvAreOneRow() {
        String csv = given().when().get("/api/v1/statistics/latest?indicator=FACILITATED_WORKERS&year=2021&format=csv")
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"karirhub-facilitated-workers-latest-2021.csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals("indicator,year,latestPeriod,latestPeriodStart,latestPeriodEnd,elapsedWeeks,yearToDate,complete,target,"
                + "achievementPercent,proRataTarget,projectedYearEnd,dataVersion,region", lines[0]);
        // then the data version, and an empty region: national figures
        assertTrue(lines[1].matches("FACILITATED_WORKERS,2021,2021-12-W4,2021-12-22,2021-12-31,48,1040746,true,2000000,52\\.04,"
                + "2000000,1040746,\\d+,"), lines[1]);
    }

    @Test
    void statisticsAsCsvFollowTheTablesOfTheReport() {
        String weeks = given().accept("text/csv").when().get("/api/v1/statistics/facilitated-workers?year=2021")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", equalTo("attachment; filename=\"karirhub-facilitated-workers-2021-week.csv\""))
                .extract().asString();
        String[] lines = weeks.split("\r\n");
        assertEquals(49, lines.length, "a header and the 48 reporting weeks of Table 3.3");
        assertEquals("period,start,end,value,complete", lines[0]);
        for (int m = 0; m < 12; m++) {
            for (int w = 0; w < 4; w++) {
                String row = lines[1 + m * 4 + w];
                assertEquals(String.format("2021-%02d-W%d", m + 1, w + 1), row.split(",")[0]);
                assertEquals(Long.toString(Lakip2021.JOB_SEEKERS_BY_WEEK[m][w]), row.split(",")[3]);
            }
        }
        byte[] months = given().when().get("/api/v1/statistics/service-users?year=2021&format=csv&bom=true")
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"karirhub-service-users-2021-month.csv\""))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, months[0]);
        String[] rows = new String(months, 3, months.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("period;start;end;JOB_SEEKER;EMPLOYER;PBK_TRAINING;PRAKERJA_TRAINING;total;complete", rows[0]);
        assertEquals("2021-01;2021-01-01;2021-01-31;11134;1182;6644;;18960;false", rows[1], "Pra Kerja '-' is an empty cell");
        assertEquals("2021-03;2021-03-01;2021-03-31;15846;1473;120644;106978;244941;true", rows[3]);
    }

    private static Map<String, Object> item(String category, int month, Integer week, long count) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", category);
        item.put("year", IN_PROGRESS);
        item.put("month", month);
        item.put("week", week);
        item.put("count", count);
        return item;
    }
}
