package id.go.kemnaker.karirhub.stats.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The report, the statistics and the series as of an earlier moment: rebuilt from the audit
 * trail, they give back exactly what was answered then, however the figures were corrected.
 */
@QuarkusTest
@OwnsYears({2065})
class PerformanceReportAsOfTest {

    private static final int YEAR = TestYears.of(PerformanceReportAsOfTest.class)[0];
    private static final String REPORT = "/api/v1/reports/performance?year=" + YEAR;

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, PerformanceReportAsOfTest.class).deleteOwnedYears();
    }

    private static void batch(List<Map<String, Object>> items) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);
    }

    private static void target(String indicator, String value) {
        given().header("Authorization", Tokens.bearer(Roles.PLANNER)).contentType(ContentType.JSON)
                .body("{\"target\":" + value + "}")
                .when().put("/api/v1/targets/{indicator}/{year}", indicator, YEAR).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static void realisation(String indicator, String value) {
        given().header("Authorization", Tokens.bearer(Roles.PLANNER)).contentType(ContentType.JSON)
                .body("{\"realisation\":" + value + ",\"evidence\":\"as-of test\"}")
                .when().put("/api/v1/indicators/{code}/realisations/{year}", indicator, YEAR)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static byte[] get(String url) {
        return given().when().get(url).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void anEarlierMomentGivesBackTheEarlierReportByteForByte() throws Exception {
        List<Map<String, Object>> first = new ArrayList<>();
        long firstTotal = 0;
        for (int week = 1; week <= 4; week++) {
            first.add(item("JOB_SEEKER", 1, week, 1_000L * week));
            firstTotal += 1_000L * week;
        }
        first.add(item("EMPLOYER", 1, null, 77));
        batch(first);
        target("FACILITATED_WORKERS", "50000");
        target("DATA_UTILITY_INDEX", "50");
        realisation("DATA_UTILITY_INDEX", "48.5");

        byte[] json = get(REPORT);
        byte[] csv = get(REPORT + "&format=csv");
        byte[] html = get(REPORT + "&format=html");
        byte[] statistics = get("/api/v1/statistics/facilitated-workers?year=" + YEAR);
        byte[] series = get("/api/v1/series?indicator=SERVICE_USERS&from=" + YEAR + "-01&transform=cumulative");
        JsonPath report = JsonPath.from(new String(json, StandardCharsets.UTF_8));
        String asOf = report.getString("dataAsOf");
        assertEquals(firstTotal, report.getLong("rows.find { it.indicator == 'FACILITATED_WORKERS' }.realisation"));
        assertTrue(new String(html, StandardCharsets.UTF_8).contains("Data per "), "the page says which data it shows");

        Instant answeredAt = OffsetDateTime.parse(asOf).toInstant();
        while (!Instant.now().isAfter(answeredAt)) { // the corrections are written at a later moment than asOf
            Thread.onSpinWait();
        }
        batch(List.of(item("JOB_SEEKER", 1, 2, 2_500), item("JOB_SEEKER", 1, 3, 3_500), item("JOB_SEEKER", 2, 1, 900)));
        target("FACILITATED_WORKERS", "60000");
        realisation("DATA_UTILITY_INDEX", "51.25");

        JsonPath corrected = given().when().get(REPORT).then().statusCode(200).extract().jsonPath();
        long correctedTotal = firstTotal + 500 + 500 + 900;
        assertEquals(correctedTotal, corrected.getLong("rows.find { it.indicator == 'FACILITATED_WORKERS' }.realisation"));
        assertEquals(60_000, corrected.getInt("rows.find { it.indicator == 'FACILITATED_WORKERS' }.target"));
        assertEquals(new BigDecimal("51.25"),
                new BigDecimal(corrected.getString("rows.find { it.indicator == 'DATA_UTILITY_INDEX' }.realisation")));
        assertTrue(corrected.getLong("dataVersion") > report.getLong("dataVersion"));
        assertFalse(new String(get(REPORT), StandardCharsets.UTF_8).equals(new String(json, StandardCharsets.UTF_8)));

        String at = "&asOf=" + asOf;
        assertArrayEquals(json, get(REPORT + at), "JSON as of " + asOf);
        assertArrayEquals(csv, get(REPORT + "&format=csv" + at), "CSV as of " + asOf);
        assertArrayEquals(html, get(REPORT + "&format=html" + at), "HTML as of " + asOf);
        assertArrayEquals(statistics, get("/api/v1/statistics/facilitated-workers?year=" + YEAR + at));
        assertArrayEquals(series, get("/api/v1/series?indicator=SERVICE_USERS&from=" + YEAR + "-01&transform=cumulative" + at));

        // Not only the same bytes as before: the figures entered before the corrections, typed here.
        JsonPath then = JsonPath.from(new String(get(REPORT + at), StandardCharsets.UTF_8))
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(10_000, then.getLong("rows.find { it.indicator == 'FACILITATED_WORKERS' }.realisation"));
        assertEquals(50_000, then.getLong("rows.find { it.indicator == 'FACILITATED_WORKERS' }.target"));
        assertEquals(new BigDecimal("20.00"), then.get("rows.find { it.indicator == 'FACILITATED_WORKERS' }.achievementPercent"));
        assertEquals(new BigDecimal("48.5"), then.get("rows.find { it.indicator == 'DATA_UTILITY_INDEX' }.realisation"));
        assertEquals(new BigDecimal("97.00"), then.get("rows.find { it.indicator == 'DATA_UTILITY_INDEX' }.achievementPercent"));
        assertEquals(report.getLong("dataVersion"), then.getLong("dataVersion"));
        assertTrue(new String(get(REPORT + "&format=csv" + at), StandardCharsets.UTF_8).contains("\r\n" + YEAR
                + ",FACILITATED_WORKERS,Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja,persons,50000,10000,20.00\r\n"));
        given().when().get("/api/v1/statistics/facilitated-workers?year=" + YEAR + at).then().statusCode(200)
                .body("total", equalTo(10_000))
                .body("target", equalTo(50_000))
                .body("months[0].weeks.count", equalTo(List.of(1_000, 2_000, 3_000, 4_000)))
                .body("months[1].total", nullValue());
        given().when().get("/api/v1/series?indicator=SERVICE_USERS&from=" + YEAR + "-01&transform=cumulative" + at)
                .then().statusCode(200)
                .body("series[0].points.period", equalTo(List.of(YEAR + "-01")))
                .body("series[0].points[0].value", equalTo(10_000 + 77));
    }

    @Test
    void aYearInProgressShowsWhereTheComputedIndicatorsStand() {
        List<Map<String, Object>> items = new ArrayList<>();
        long yearToDate = 0;
        for (int index = 1; index <= 6; index++) { // January W1 to February W2
            items.add(item("JOB_SEEKER", (index - 1) / 4 + 1, (index - 1) % 4 + 1, 300L + index));
            yearToDate += 300L + index;
        }
        batch(items);
        target("FACILITATED_WORKERS", "100000");
        long proRata = BigDecimal.valueOf(100_000L * 6).divide(BigDecimal.valueOf(48), 0, RoundingMode.HALF_UP).longValueExact();
        given().when().get(REPORT).then().statusCode(200)
                .body("progress.indicator", equalTo(List.of("FACILITATED_WORKERS", "SERVICE_USERS")))
                .body("progress[0].latestPeriod", equalTo(YEAR + "-02-W2"))
                .body("progress[0].elapsedWeeks", equalTo(6))
                .body("progress[0].yearToDate", equalTo((int) yearToDate))
                .body("progress[0].proRataTarget", equalTo((int) proRata))
                .body("progress[0].projectedYearEnd", equalTo((int) Math.round(yearToDate * 8.0)));
        String page = given().when().get(REPORT + "&format=html").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Capaian tahun berjalan"), "the page has the in-year table");
        // A year that has ended has no progress.
        given().when().get("/api/v1/reports/performance?year=2021").then().statusCode(200).body("progress", nullValue());
    }

    @Test
    void beforeAnyDataThereIsNothing() {
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021&asOf=2000-01-01T00:00:00Z")
                .then().statusCode(200).body("total", nullValue()).body("target", nullValue());
        given().when().get("/api/v1/reports/performance?year=2021&asOf=2000-01-01T00:00:00+07:00")
                .then().statusCode(200).body("dataVersion", equalTo(0)).body("dataAsOf", nullValue())
                .body("rows[4].realisation", nullValue());
        given().when().get(REPORT + "&asOf=yesterday").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        // What a future moment will show is not known yet.
        given().when().get(REPORT + "&asOf=" + Instant.now().plusSeconds(3600)).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("must not be in the future"));
        // A '+' typed unencoded in a URL arrives as a space; it is read as the offset's sign.
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021&asOf=2000-01-01T07:00:00 07:00")
                .then().statusCode(200).body("total", nullValue());
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
