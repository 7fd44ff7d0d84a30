package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * HALF_UP at exactly .5, where truncation, HALF_DOWN and HALF_EVEN give another answer: the
 * pro-rata target, the projected year end and percent change, with inputs crafted to end in .5.
 * Each expectation is computed here from the inputs, and checked to tell the rounding modes apart.
 *
 * <p>The year: job seekers report January weeks I and II (800, 801), so facilitated workers have
 * 2 elapsed weeks; employers report month totals January to August (800, 799, 100 x 5, 103), so
 * service users have 32 elapsed weeks and 1,601 + 2,202 = 3,803 to date.
 */
@QuarkusTest
@OwnsYears({ 2067 })
class HalfUpRoundingTest {

    private static final int YEAR = TestYears.of(HalfUpRoundingTest.class)[0];
    private static final long[] JOB_SEEKER_WEEKS = { 800, 801 };
    private static final long[] EMPLOYER_MONTHS = { 800, 799, 100, 100, 100, 100, 100, 103 };
    /** 60 x 2 / 48 = 2.5. */
    private static final long FACILITATED_WORKERS_TARGET = 60;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void storeTheYear() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int week = 1; week <= JOB_SEEKER_WEEKS.length; week++) {
            items.add(item("JOB_SEEKER", 1, week, JOB_SEEKER_WEEKS[week - 1]));
        }
        for (int month = 1; month <= EMPLOYER_MONTHS.length; month++) {
            items.add(item("EMPLOYER", month, null, EMPLOYER_MONTHS[month - 1]));
        }
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Roles.PLANNER)).contentType(ContentType.JSON)
                .body(Map.of("target", FACILITATED_WORKERS_TARGET))
                .when().put("/api/v1/targets/FACILITATED_WORKERS/{year}", YEAR).then().statusCode(201);
    }

    @AfterEach
    void removeTheYear() {
        new CountsTable(dataSource, HalfUpRoundingTest.class).deleteOwnedYears();
    }

    @Test
    void roundsAProRataTargetOfExactlyTwoAndAHalfUp() {
        BigDecimal exact = BigDecimal.valueOf(FACILITATED_WORKERS_TARGET * 2).divide(BigDecimal.valueOf(48));
        assertEquals(new BigDecimal("2.5"), exact);
        long expected = halfUp(exact, 0).longValueExact();
        assertEquals(3, expected);
        JsonPath latest = json("/api/v1/statistics/latest?indicator=FACILITATED_WORKERS&year=" + YEAR);
        assertEquals(2, latest.getInt("elapsedWeeks"));
        assertEquals(expected, latest.getLong("proRataTarget"));
        JsonPath report = json("/api/v1/reports/performance?year=" + YEAR);
        assertEquals(expected, report.getLong("progress.find { it.indicator == 'FACILITATED_WORKERS' }.proRataTarget"));
    }

    @Test
    void roundsAProjectionOfExactlyFiveThousandSevenHundredAndFourAndAHalfUp() {
        long yearToDate = JOB_SEEKER_WEEKS[0] + JOB_SEEKER_WEEKS[1];
        for (long month : EMPLOYER_MONTHS) {
            yearToDate += month;
        }
        BigDecimal exact = BigDecimal.valueOf(yearToDate * 48).divide(BigDecimal.valueOf(32));
        assertEquals(new BigDecimal("5704.5"), exact);
        long expected = halfUp(exact, 0).longValueExact();
        JsonPath latest = json("/api/v1/statistics/latest?indicator=SERVICE_USERS&year=" + YEAR);
        assertEquals(YEAR + "-08", latest.getString("latestPeriod"));
        assertEquals(32, latest.getInt("elapsedWeeks"));
        assertEquals(yearToDate, latest.getLong("yearToDate"));
        assertEquals(5_705, expected);
        assertEquals(expected, latest.getLong("projectedYearEnd"));
        JsonPath report = json("/api/v1/reports/performance?year=" + YEAR);
        assertEquals(expected, report.getLong("progress.find { it.indicator == 'SERVICE_USERS' }.projectedYearEnd"));
    }

    @Test
    void roundsPercentChangesOfExactlyPlusAndMinusAnEighthAwayFromZero() {
        // Week II against week I: +1 of 800 = +0.125 %.
        BigDecimal up = BigDecimal.valueOf((JOB_SEEKER_WEEKS[1] - JOB_SEEKER_WEEKS[0]) * 100).divide(BigDecimal.valueOf(JOB_SEEKER_WEEKS[0]));
        assertEquals(new BigDecimal("0.125"), up);
        JsonPath weeks = json("/api/v1/series?indicator=FACILITATED_WORKERS&from=" + YEAR + "-01-W2&interval=week&transform=percent-change");
        assertEquals(halfUp(up, 2), weeks.get("series[0].points[0].value"));
        assertEquals(new BigDecimal("0.13"), weeks.get("series[0].points[0].value"));
        // February's employers against January's: -1 of 800 = -0.125 %.
        BigDecimal down = BigDecimal.valueOf((EMPLOYER_MONTHS[1] - EMPLOYER_MONTHS[0]) * 100).divide(BigDecimal.valueOf(EMPLOYER_MONTHS[0]));
        assertEquals(new BigDecimal("-0.125"), down);
        JsonPath months = json("/api/v1/series?category=EMPLOYER&from=" + YEAR + "-02&transform=percent-change");
        assertEquals(halfUp(down, 2), months.get("series[0].points[0].value"));
        assertEquals(new BigDecimal("-0.13"), months.get("series[0].points[0].value"));
    }

    /** HALF_UP, after checking that the value is a tie the other modes round differently. */
    private static BigDecimal halfUp(BigDecimal exact, int scale) {
        BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_UP);
        assertNotEquals(rounded, exact.setScale(scale, RoundingMode.DOWN), "truncation would differ");
        assertNotEquals(rounded, exact.setScale(scale, RoundingMode.HALF_DOWN), "HALF_DOWN would differ");
        assertNotEquals(rounded, exact.setScale(scale, RoundingMode.HALF_EVEN), "HALF_EVEN would differ");
        return rounded;
    }

    private static JsonPath json(String url) {
        return given().when().get(url).then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> item(String category, int month, Integer week, long count) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", category);
        item.put("year", YEAR);
        item.put("month", month);
        item.put("week", week);
        item.put("count", count);
        return item;
    }
}
