package id.go.kemnaker.karirhub.stats.counts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.indicators.IndicatorTables;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Counts by region through the single-count paths, the batch and the counts list: stored with
 * their region, audited with it, and held to the rules of a breakdown (a region that exists in the
 * period; never more than the parent; one granularity per month everywhere).
 */
@QuarkusTest
@OwnsYears({2031, 2032})
class RegionalCountsTest {

    private static final int YEAR = TestYears.of(RegionalCountsTest.class)[0];
    private static final int OTHER_YEAR = TestYears.of(RegionalCountsTest.class)[1];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, RegionalCountsTest.class).deleteOwnedYears();
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON);
    }

    private static void put(String path, long count) {
        officer().body(Map.of("count", count)).when().put(path).then().statusCode(201);
    }

    private static Map<String, Object> item(String region, int month, Integer week, long count) {
        Map<String, Object> item = new HashMap<>(Map.of("category", "JOB_SEEKER", "year", YEAR, "month", month, "count", count));
        item.put("week", week);
        item.put("region", region);
        return item;
    }

    @Test
    void storesReadsAndListsARegionalCountBesideTheNationalOne() {
        String since = Instant.now().toString();
        String week = "/api/v1/counts/JOB_SEEKER/" + YEAR + "/3/weeks/2";
        put(week, 1000);
        officer().body(Map.of("count", 120)).when().put(week + "?region=3273")
                .then().statusCode(201).header("Location", equalTo("/api/v1/counts/JOB_SEEKER/" + YEAR + "/3/weeks/2?region=32.73"))
                .body("region", equalTo("32.73")).body("count", equalTo(120));
        given().when().get(week + "?region=32.73").then().statusCode(200).body("count", equalTo(120)).body("region", equalTo("32.73"));
        given().when().get(week).then().statusCode(200).body("count", equalTo(1000)).body("region", nullValue());
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", hasSize(1)).body("[0].count", equalTo(1000));
        given().when().get("/api/v1/counts?year={year}&region=32.73", YEAR)
                .then().body("", hasSize(1)).body("[0].region", equalTo("32.73"));
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).when().get(week + "/history?region=32.73")
                .then().statusCode(200).body("", hasSize(1)).body("[0].region", equalTo("32.73")).body("[0].newValue", equalTo(120));
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).when().get("/api/v1/audit?year={y}&region=32&since={s}", YEAR, since)
                .then().statusCode(200).body("entries.region", contains("32.73"));
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).when().get("/api/v1/audit?year={y}&since={s}", YEAR, since)
                .then().statusCode(200).body("entries.region", contains(null, "32.73"));
    }

    @Test
    void refusesARegionThatDidNotExistInThePeriod() {
        officer().body(Map.of("count", 5)).when().put("/api/v1/counts/JOB_SEEKER/2021/6/weeks/1?region=93")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:region-not-valid"))
                .body("detail", containsString("Papua Selatan (93)"))
                .body("detail", containsString("2022-07-25"));
        given().when().get("/api/v1/counts?year=2021&region=93").then().statusCode(422);
    }

    @Test
    void refusesABreakdownAboveItsParentNamingBothFigures() {
        String month = "/api/v1/counts/JOB_SEEKER/" + YEAR + "/4/weeks/1";
        put(month, 100);
        put(month + "?region=32", 60);
        put(month + "?region=33", 30);
        officer().body(Map.of("count", 50)).when().put(month + "?region=31")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("add up to 140"))
                .body("detail", containsString("national count 100"));
        officer().body(Map.of("count", 80)).when().put(month).then().statusCode(409).body("detail", containsString("add up to 90"));
        // the regencies of a province against the province's own count
        put(month + "?region=32.73", 40);
        officer().body(Map.of("count", 30)).when().put(month + "?region=32.04")
                .then().statusCode(409).body("detail", containsString("regencies of 32 add up to 70"));
        given().when().get("/api/v1/counts?year={year}&region=31,32.04", YEAR).then().body("", hasSize(0));
    }

    @Test
    void aBatchIsAllOrNothingAcrossRegions() {
        put("/api/v1/counts/JOB_SEEKER/" + YEAR + "/5/weeks/1", 10);
        officer().body(List.of(item("32", 5, 1, 6), item("33", 5, 1, 6)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(409).body("errors.item", contains("[0]", "[1]"));
        officer().body(List.of(item("32", 5, 1, 6), item("33", 5, 1, 4)))
                .when().post("/api/v1/counts/batch").then().statusCode(200).body("created", equalTo(2));
        // each region reports a month at one granularity
        officer().body(List.of(item("32", 5, null, 6)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(409).body("errors[0].message", equalTo("JOB_SEEKER " + YEAR + "-05 month total in region 32 "
                        + "cannot be stored: JOB_SEEKER " + YEAR + "-05 in region 32 already holds week counts (weeks 1)"));
        officer().body(List.of(item("99", 5, 1, 6))).when().post("/api/v1/counts/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("[0].region"));
    }

    @Test
    void regionsMayReportByWeekWhereTheNationReportedAMonthTotal() {
        String month = "/api/v1/counts/EMPLOYER/" + YEAR + "/6";
        put(month, 100);
        put(month + "/weeks/1?region=32", 30);
        put(month + "/weeks/2?region=32", 30);
        put(month + "?region=33", 20);
        // the provinces' months (32: its weeks, 33: its total) add up to 80 of 100; one more week of 32 would make 110
        officer().body(Map.of("count", 30)).when().put(month + "/weeks/3?region=32")
                .then().statusCode(409)
                .body("detail", equalTo("the provinces add up to 110 (2 reporting) for EMPLOYER " + YEAR + "-06 (the whole month), "
                        + "more than the national count 100; a breakdown may be less than its parent (the rest is unallocated), "
                        + "never more"));
        put(month + "/weeks/3?region=32", 20);
        given().when().get("/api/v1/statistics/service-users?year={y}", YEAR).then().body("byCategory.EMPLOYER", equalTo(100));
        given().when().get("/api/v1/statistics/service-users?year={y}&region=32,33", YEAR)
                .then().body("byCategory.EMPLOYER", equalTo(100)).body("complete", equalTo(false));
    }

    @Test
    void countsStayBelowATrillionSoThatTheirSumsFitIn64Bits() {
        officer().body(List.of(item("32", 7, 1, 1_000_000_000_001L))).when().post("/api/v1/counts/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("[0].count"));
        officer().body(Map.of("count", 9_223_372_036_854_775_807L)).when().put("/api/v1/counts/JOB_SEEKER/" + YEAR + "/7/weeks/1?region=33")
                .then().statusCode(400).body("errors[0].field", equalTo("count"));
        // the largest counts in every province of a week add up without overflow
        officer().body(List.of(item("32", 7, 1, 1_000_000_000_000L), item("33", 7, 1, 1_000_000_000_000L)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        given().when().get("/api/v1/statistics/facilitated-workers?year={y}", YEAR)
                .then().statusCode(200).body("months[6].weeks[0].count", equalTo(2_000_000_000_000L));
    }

    @Test
    void regionsMayReportWhereTheNationDidNot() {
        String path = "/api/v1/counts/EMPLOYER/" + OTHER_YEAR + "/2";
        put(path + "?region=11", 7);
        put(path + "?region=12", 8);
        given().when().get("/api/v1/counts?year={year}", OTHER_YEAR).then().body("", hasSize(0));
        given().when().get("/api/v1/counts?year={year}&region=11,12", OTHER_YEAR).then().body("count", contains(7, 8));
    }

    @Test
    void aBlankRegionIsRefusedNeverReadAsNational() {
        String week = "/api/v1/counts/EMPLOYER/" + YEAR + "/4/weeks/1";
        put(week, 50);
        long lastAudit = new IndicatorTables(dataSource).lastAuditId();
        for (String blank : List.of("", "%20", "+")) {
            officer().urlEncodingEnabled(false).body(Map.of("count", 999)).when().put(week + "?region=" + blank)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("region")).body("errors[0].message", containsString("is empty"));
            officer().body(Map.of("count", 999)).when().put(week + "?region").then().statusCode(400)
                    .body("errors[0].field", equalTo("region"));
            officer().urlEncodingEnabled(false).when().delete(week + "?region=" + blank).then().statusCode(400).body("errors[0].field", equalTo("region"));
            given().urlEncodingEnabled(false).when().get("/api/v1/statistics/service-users?year=" + YEAR + "&region=" + blank)
                    .then().statusCode(400).body("errors[0].field", equalTo("region"));
        }
        for (String blank : List.of("", " ", "\t")) {
            officer().body("[{\"category\":\"EMPLOYER\",\"year\":" + YEAR + ",\"month\":4,\"week\":1,\"count\":999,"
                    + "\"region\":\"" + blank + "\"}]").when().post("/api/v1/counts/batch")
                    .then().statusCode(400).body("errors[0].field", equalTo("[0].region"));
        }
        // the national count is untouched, and nothing was audited
        given().when().get(week).then().statusCode(200).body("count", equalTo(50));
        assertEquals(lastAudit, new IndicatorTables(dataSource).lastAuditId());
        // "region": null in a batch item, or no region at all, is national
        officer().body("[{\"category\":\"EMPLOYER\",\"year\":" + YEAR + ",\"month\":4,\"week\":1,\"count\":51,\"region\":null}]")
                .when().post("/api/v1/counts/batch").then().statusCode(200).body("updated", equalTo(1));
    }

    @Test
    void readsOfARegionOutsideItsValidityAreRefusedAsWritesAre() {
        // Papua Selatan (93) exists from 2022-07-25
        String[] reads = { "/api/v1/statistics/facilitated-workers?year=2021&region=93",
                "/api/v1/statistics/service-users?year=2021&region=93&format=sdmx-csv",
                "/api/v1/statistics/labour-market?year=2021&region=93",
                "/api/v1/statistics/latest?indicator=SERVICE_USERS&year=2021&region=93",
                "/api/v1/statistics/headline?year=2021&region=93",
                "/api/v1/series?indicator=FACILITATED_WORKERS&from=2021&to=2022-06&region=93",
                "/api/v1/counts?year=2021&region=93",
                "/api/v1/counts/JOB_SEEKER/2021/6/weeks/1?region=93" };
        for (String read : reads) {
            given().when().get(read).then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:karirhub:problem:region-not-valid"))
                    .body("errors[0].field", equalTo("region"))
                    .body("errors[0].message", allOf(containsString("Papua Selatan (93)"), containsString("valid from 2022-07-25")));
        }
        // the year it began, and a range reaching into it, are read
        given().when().get("/api/v1/statistics/facilitated-workers?year=2022&region=93").then().statusCode(200);
        given().when().get("/api/v1/series?indicator=FACILITATED_WORKERS&from=2021&to=2022&region=93").then().statusCode(200);
        // Merauke's old code 91.01 ends 2022-07-24: still read for 2022, not for 2023
        given().when().get("/api/v1/statistics/facilitated-workers?year=2022&region=91.01").then().statusCode(200);
        given().when().get("/api/v1/statistics/facilitated-workers?year=2023&region=91.01").then().statusCode(422)
                .body("errors[0].message", containsString("93.01"));
    }
}
