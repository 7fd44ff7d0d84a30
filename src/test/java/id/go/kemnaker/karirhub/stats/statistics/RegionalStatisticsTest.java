package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
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

/**
 * The statistics of a region (region=): its stored counts, or where it stored none the sum of the
 * regions below it, complete only when every region below that existed reported; several regions
 * added up; regional figures as of a moment; and the nation as the sum of its provinces where it
 * stored nothing.
 */
@QuarkusTest
@OwnsYears({2044, 2045, 2046})
class RegionalStatisticsTest {

    private static final int[] YEARS = TestYears.of(RegionalStatisticsTest.class);
    private static final int YEAR = YEARS[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, RegionalStatisticsTest.class).deleteOwnedYears();
    }

    private static Map<String, Object> item(String category, int year, int month, Integer week, String region, long count) {
        Map<String, Object> item = new HashMap<>(Map.of("category", category, "year", year, "month", month, "count", count));
        item.put("week", week);
        item.put("region", region);
        return item;
    }

    private static void batch(List<Map<String, Object>> items) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);
    }

    private static JsonPath facilitated(int year, String region) {
        return given().when().get("/api/v1/statistics/facilitated-workers?year={year}&region={region}", year, region)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The 27 regencies of Jawa Barat, from the region list. */
    private static List<String> regenciesOf(String province, int year) {
        return given().when().get("/api/v1/regions?level=regency&parent={p}&date={year}-06-30", province, year)
                .then().statusCode(200).extract().jsonPath().getList("code");
    }

    @Test
    void aProvinceWithoutItsOwnCountIsTheSumOfItsRegencies() {
        List<String> regencies = regenciesOf("32", YEAR);
        assertEquals(27, regencies.size());
        List<Map<String, Object>> items = new ArrayList<>();
        long sumOfAll = 0;
        long sumWithoutLast = 0;
        for (int i = 0; i < regencies.size(); i++) {
            long count = 100 + i;
            items.add(item("JOB_SEEKER", YEAR, 1, 1, regencies.get(i), count));
            sumOfAll += count;
            if (i < regencies.size() - 1) {
                items.add(item("JOB_SEEKER", YEAR, 1, 2, regencies.get(i), count * 2));
                sumWithoutLast += count * 2;
            }
        }
        batch(items);

        JsonPath province = facilitated(YEAR, "32");
        assertEquals("32", province.getString("region"));
        assertEquals(sumOfAll, province.getLong("months[0].weeks[0].count"));
        assertEquals(sumWithoutLast, province.getLong("months[0].weeks[1].count"));
        assertEquals(sumOfAll + sumWithoutLast, province.getLong("total"));
        assertEquals(false, province.getBoolean("complete"));
        assertEquals((Object) null, province.get("target"));
        assertEquals((Object) null, province.get("achievementPercent"));

        // Week 1 complete (every regency), week 2 not (one missing): as the service-users CSV says per month.
        String series = given().when()
                .get("/api/v1/series?indicator=FACILITATED_WORKERS&from={y}-01-W1&to={y}-01-W2&interval=week&region=32&format=csv",
                        YEAR, YEAR)
                .then().statusCode(200).extract().asString();
        assertEquals(List.of("series,period,start,end,value,complete",
                "FACILITATED_WORKERS," + YEAR + "-01-W1," + YEAR + "-01-01," + YEAR + "-01-07," + sumOfAll + ",true",
                "FACILITATED_WORKERS," + YEAR + "-01-W2," + YEAR + "-01-08," + YEAR + "-01-14," + sumWithoutLast + ",false"),
                series.lines().toList());

        // The province's own count, once stored, is authoritative.
        batch(List.of(item("JOB_SEEKER", YEAR, 1, 2, "32", sumWithoutLast + 500)));
        JsonPath withOwn = facilitated(YEAR, "32");
        assertEquals(sumWithoutLast + 500, withOwn.getLong("months[0].weeks[1].count"));

        // A regency alone reads its own counts.
        assertEquals(100 + 200, facilitated(YEAR, regencies.get(0)).getLong("total"));
    }

    @Test
    void severalRegionsAddUpAndTheNationSumsItsProvincesWhereItStoredNothing() {
        int year = YEARS[1];
        batch(List.of(item("EMPLOYER", year, 3, null, "11", 40), item("EMPLOYER", year, 3, null, "12", 60),
                item("PBK_TRAINING", year, 3, null, "12", 5)));
        JsonPath two = given().when().get("/api/v1/statistics/service-users?year={y}&region=11,12", year)
                .then().statusCode(200).body("region", equalTo("11,12")).extract().jsonPath();
        assertEquals(105, two.getLong("total"));
        assertEquals(100, two.getLong("byCategory.EMPLOYER"));
        // The nation stored nothing for that year: its figure is the sum of its provinces, incomplete.
        JsonPath nation = given().when().get("/api/v1/statistics/service-users?year={y}", year)
                .then().statusCode(200).body("region", nullValue()).extract().jsonPath();
        assertEquals(105, nation.getLong("total"));
        assertEquals(false, nation.getBoolean("complete"));
        // Once the nation stores its own count, that count is the national figure; the difference is unallocated.
        batch(List.of(item("EMPLOYER", year, 3, null, null, 250)));
        assertEquals(255, given().when().get("/api/v1/statistics/service-users?year={y}", year).then().statusCode(200)
                .extract().jsonPath().getLong("total"));
    }

    @Test
    void regionalFiguresAsOfAnEarlierMoment() throws InterruptedException {
        int year = YEARS[2];
        batch(List.of(item("JOB_SEEKER", year, 6, 1, "32.73", 10), item("JOB_SEEKER", year, 6, 1, "32.04", 20)));
        JsonPath before = facilitated(year, "32");
        String moment = Instant.now().toString();
        Thread.sleep(20);
        batch(List.of(item("JOB_SEEKER", year, 6, 1, "32.73", 15)));
        assertEquals(35, facilitated(year, "32").getLong("total"));
        String then = given().when().get("/api/v1/statistics/facilitated-workers?year={y}&region=32&asOf={at}", year, moment)
                .then().statusCode(200).extract().asString();
        assertEquals(30, before.getLong("total"));
        assertEquals(30, JsonPath.from(then).getLong("total"));
        assertEquals(before.getLong("months[5].weeks[0].count"), JsonPath.from(then).getLong("months[5].weeks[0].count"));
    }

    @Test
    void badRegionParametersAreNamed() {
        given().when().get("/api/v1/statistics/service-users?year=2021&region=3x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("region"));
        given().when().get("/api/v1/statistics/service-users?year=2021&region=99").then().statusCode(400)
                .body("errors[0].message", containsString("names no region"));
        given().when().get("/api/v1/statistics/service-users?year=2021&region=32,32.73").then().statusCode(400)
                .body("errors[0].message", containsString("already includes"));
        given().when().get("/api/v1/statistics/service-users?year=2021&region=32,33&format=sdmx-csv").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().when().get("/api/v1/series?indicator=SERVICE_USERS&from=2021&region=32,,33").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }

    @Test
    void aRegionWithNothingReportedHasNullFiguresNotZero() {
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021&region=32").then().statusCode(200)
                .body("total", nullValue()).body("region", equalTo("32")).body("months[0].total", nullValue());
        given().when().get("/api/v1/statistics/labour-market?year=2021&region=32").then().statusCode(200)
                .body("region", equalTo("32")).body("yearTotal.jobSeekers", nullValue());
        given().when().get("/api/v1/statistics/latest?indicator=SERVICE_USERS&region=32.73").then().statusCode(200)
                .body("region", equalTo("32.73")).body("yearToDate", nullValue());
        given().when().get("/api/v1/statistics/service-users?year=2021&region=32&format=sdmx-csv").then().statusCode(200)
                .body(containsString(",M,32,SERVICE_USERS,"));
    }
}
