package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The statistics region by region: rows per province or per regency of a province beside the
 * parent's figure, the unallocated remainder, sums where only the level below reported, the
 * regions of each year (the Papua split), CSV, conditional GET and every bad parameter.
 */
@QuarkusTest
@OwnsYears({2037, 2038, 2039, 2040})
class RegionBreakdownTest {

    private static final int[] YEARS = TestYears.of(RegionBreakdownTest.class);
    private static final String FACILITATED = "/api/v1/statistics/facilitated-workers/by-region";
    private static final String SERVICE_USERS = "/api/v1/statistics/service-users/by-region";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, RegionBreakdownTest.class).deleteOwnedYears();
    }

    /** A month total, national (region null) or of a region. */
    private static void put(String category, int year, int month, String region, long count) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(Map.of("count", count))
                .when().put("/api/v1/counts/" + category + "/" + year + "/" + month + (region == null ? "" : "?region=" + region))
                .then().statusCode(oneOf(200, 201));
    }

    @Test
    void provincesBesideTheNationalCountLeaveTheRestUnallocated() {
        int year = YEARS[0];
        put("JOB_SEEKER", year, 3, null, 1000);
        put("JOB_SEEKER", year, 3, "32", 300);
        put("JOB_SEEKER", year, 3, "33", 200);
        given().when().get(FACILITATED + "?year={year}&month=3", year)
                .then().statusCode(200)
                .body("indicator", equalTo("FACILITATED_WORKERS")).body("year", equalTo(year)).body("month", equalTo(3))
                .body("level", equalTo("province")).body("parent", nullValue())
                .body("total", equalTo(1000)).body("unallocated", equalTo(500)).body("complete", equalTo(true))
                .body("rows", hasSize(38)).body("rows[0].region", equalTo("11")).body("rows[0].name", equalTo("Aceh"))
                .body("rows[0].total", nullValue()).body("rows[0].byCategory.JOB_SEEKER", nullValue())
                .body("rows[0].complete", equalTo(false))
                .body("rows.find { it.region == '32' }.name", equalTo("Jawa Barat"))
                .body("rows.find { it.region == '32' }.total", equalTo(300))
                .body("rows.find { it.region == '32' }.byCategory.JOB_SEEKER", equalTo(300))
                .body("rows.find { it.region == '32' }.complete", equalTo(true))
                .body("rows.find { it.region == '33' }.total", equalTo(200));
        // The year adds up the months: only March was reported, so the year is not complete.
        given().when().get(FACILITATED + "?year={year}", year)
                .then().statusCode(200).body("month", nullValue()).body("total", equalTo(1000)).body("unallocated", equalTo(500))
                .body("complete", equalTo(false)).body("rows.find { it.region == '32' }.complete", equalTo(false));
    }

    @Test
    void replaysTheBreakdownAsOfAMoment() throws InterruptedException {
        int year = YEARS[0];
        put("JOB_SEEKER", year, 4, null, 1000);
        put("JOB_SEEKER", year, 4, "32.73", 300);
        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        put("JOB_SEEKER", year, 4, "32.73", 250);
        put("JOB_SEEKER", year, 4, "33", 100);
        given().when().get(FACILITATED + "?year={year}&month=4&asOf={at}", year, before.toString())
                .then().statusCode(200).body("total", equalTo(1000)).body("unallocated", equalTo(700))
                .body("rows.find { it.region == '32' }.total", equalTo(300))
                .body("rows.find { it.region == '33' }.total", nullValue());
        given().when().get(FACILITATED + "?year={year}&month=4&level=regency&parent=32&asOf={at}", year, before.toString())
                .then().statusCode(200).body("total", equalTo(300)).body("unallocated", equalTo(0))
                .body("rows.find { it.region == '32.73' }.total", equalTo(300));
        given().when().get(FACILITATED + "?year={year}&month=4", year)
                .then().statusCode(200).body("unallocated", equalTo(650))
                .body("rows.find { it.region == '32' }.total", equalTo(250));
    }

    /** A reporting week's count of a region. */
    private static void putWeek(String category, int year, int month, int week, String region, long count) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(Map.of("count", count))
                .when().put("/api/v1/counts/" + category + "/" + year + "/" + month + "/weeks/" + week + "?region=" + region)
                .then().statusCode(oneOf(200, 201));
    }

    @Test
    void aMemberStoringWeeksIsCompleteInAMonthWithAllFourOfThem() {
        int year = YEARS[1];
        for (int week = 1; week <= 4; week++) {
            putWeek("JOB_SEEKER", year, 6, week, "32.01", week); // 1 + 2 + 3 + 4
        }
        for (int week = 1; week <= 3; week++) {
            putWeek("JOB_SEEKER", year, 6, week, "32.73", 10 * week); // 10 + 20 + 30, week 4 not reported
        }
        put("JOB_SEEKER", year, 6, "32.04", 7); // a month total
        given().when().get(FACILITATED + "?year={year}&month=6&level=regency&parent=32", year)
                .then().statusCode(200)
                .body("total", equalTo(77)).body("complete", equalTo(false))
                .body("rows.find { it.region == '32.01' }.total", equalTo(10))
                .body("rows.find { it.region == '32.01' }.complete", equalTo(true))
                .body("rows.find { it.region == '32.73' }.total", equalTo(60))
                .body("rows.find { it.region == '32.73' }.complete", equalTo(false))
                .body("rows.find { it.region == '32.04' }.total", equalTo(7))
                .body("rows.find { it.region == '32.04' }.complete", equalTo(true));
        given().when().get(FACILITATED + "?year={year}&level=regency&parent=32", year)
                .then().statusCode(200)
                .body("rows.find { it.region == '32.01' }.total", equalTo(10))
                .body("rows.find { it.region == '32.01' }.complete", equalTo(false)); // the other months were not reported
    }

    @Test
    void aProvinceIsTheSumOfItsRegenciesAndTheNationOfItsProvinces() {
        int year = YEARS[1];
        put("JOB_SEEKER", year, 5, "32.73", 40);
        put("JOB_SEEKER", year, 5, "32.01", 60);
        put("EMPLOYER", year, 5, "32.73", 5);
        given().when().get(FACILITATED + "?year={year}&month=5", year)
                .then().statusCode(200)
                .body("total", equalTo(100)).body("complete", equalTo(false)).body("unallocated", equalTo(0))
                .body("rows.find { it.region == '32' }.total", equalTo(100))
                .body("rows.find { it.region == '32' }.complete", equalTo(false));
        given().when().get(FACILITATED + "?year={year}&month=5&level=regency&parent=32", year)
                .then().statusCode(200)
                .body("level", equalTo("regency")).body("parent", equalTo("32"))
                .body("total", equalTo(100)).body("unallocated", equalTo(0)).body("complete", equalTo(false))
                .body("rows", hasSize(27)).body("rows[0].region", equalTo("32.01"))
                .body("rows.region", everyItem(startsWith("32.")))
                .body("rows.find { it.region == '32.73' }.name", equalTo("Kota Bandung"))
                .body("rows.find { it.region == '32.73' }.total", equalTo(40))
                .body("rows.find { it.region == '32.73' }.complete", equalTo(true))
                .body("rows.find { it.region == '32.02' }.total", nullValue());
        given().when().get(SERVICE_USERS + "?year={year}&month=5&level=regency&parent=3200", year)
                .then().statusCode(400);
        given().when().get(SERVICE_USERS + "?year={year}&month=5&level=regency&parent=32", year)
                .then().statusCode(200)
                .body("indicator", equalTo("SERVICE_USERS")).body("total", equalTo(105))
                .body("rows.find { it.region == '32.73' }.total", equalTo(45))
                .body("rows.find { it.region == '32.73' }.byCategory.JOB_SEEKER", equalTo(40))
                .body("rows.find { it.region == '32.73' }.byCategory.EMPLOYER", equalTo(5))
                .body("rows.find { it.region == '32.73' }.byCategory.PBK_TRAINING", nullValue())
                .body("rows.find { it.region == '32.73' }.byCategory.PRAKERJA_TRAINING", nullValue())
                .body("rows.find { it.region == '32.01' }.byCategory.EMPLOYER", nullValue());
    }

    @Test
    void listsTheProvincesOfEachYearAcrossThePapuaSplit() {
        given().when().get(FACILITATED + "?year=2021").then().statusCode(200)
                .body("rows", hasSize(34))
                .body("rows.find { it.region == '93' }", nullValue())
                .body("rows.total", everyItem(nullValue())).body("unallocated", nullValue())
                .body("total", equalTo(1040746));
        given().when().get(FACILITATED + "?year=2023").then().statusCode(200)
                .body("rows", hasSize(38)).body("rows.find { it.region == '96' }.name", equalTo("Papua Barat Daya"));
        given().when().get(SERVICE_USERS + "?year=2021").then().statusCode(200)
                .body("total", equalTo(1602957)).body("rows", hasSize(34));
    }

    @Test
    void answersCsvWithTheUnallocatedRowLast() {
        int year = YEARS[2];
        put("JOB_SEEKER", year, 3, null, 1000);
        put("JOB_SEEKER", year, 3, "32", 300);
        String csv = given().when().get(FACILITATED + "?year={year}&month=3&format=csv", year)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("karirhub-facilitated-workers-" + year + "-03-by-province.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        Assertions.assertEquals("region,name,total,JOB_SEEKER,complete", lines.get(0));
        Assertions.assertEquals(40, lines.size());
        Assertions.assertTrue(lines.contains("32,Jawa Barat,300,300,true"), csv);
        Assertions.assertEquals(",unallocated,700,,", lines.get(39));
        given().accept("text/csv").when().get(SERVICE_USERS + "?year={year}&month=3", year)
                .then().statusCode(200).body(startsWith("region,name,total,JOB_SEEKER,EMPLOYER,PBK_TRAINING,PRAKERJA_TRAINING,complete"))
                .body(endsWith(",unallocated,700,,,,,\r\n"));
    }

    @Test
    void answersNotModifiedToItsOwnETag() {
        String etag = given().when().get(FACILITATED + "?year=2021").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(FACILITATED + "?year=2021").then().statusCode(304);
        String regency = given().when().get(FACILITATED + "?year=2021&level=regency&parent=32").then().statusCode(200)
                .extract().header("ETag");
        Assertions.assertNotEquals(etag, regency);
        given().header("If-None-Match", regency).when().get(FACILITATED + "?year=2021&level=regency&parent=32")
                .then().statusCode(304);
    }

    @Test
    void setsProvincesBesideTheNationalLabourMarket() {
        int year = YEARS[3];
        put("JOB_SEEKER", year, 2, "32", 200);
        put("VACANCY", year, 2, "32", 50);
        put("JOB_SEEKER", year, 2, "33", 100);
        given().when().get("/api/v1/statistics/labour-market?year={year}&month=2&by=region&level=province", year)
                .then().statusCode(200)
                .body("year", equalTo(year)).body("region", nullValue()).body("level", equalTo("province"))
                .body("yearTotal.jobSeekers", equalTo(300)).body("yearTotal.vacancies", equalTo(50))
                .body("months", hasSize(1)).body("months[0].vacanciesPer100JobSeekers", equalTo(16.67f))
                .body("rows", hasSize(38))
                .body("rows.find { it.region == '32' }.jobSeekers", equalTo(200))
                .body("rows.find { it.region == '32' }.vacancies", equalTo(50))
                .body("rows.find { it.region == '32' }.vacanciesPer100JobSeekers", equalTo(25.00f))
                .body("rows.find { it.region == '33' }.vacancies", nullValue())
                .body("rows.find { it.region == '33' }.vacanciesPer100JobSeekers", nullValue());
        given().when().get("/api/v1/statistics/labour-market?year={year}&by=region&format=csv", year)
                .then().statusCode(200).body(startsWith("region,name,jobSeekers,vacancies,vacanciesPer100JobSeekers,complete\r\n"))
                .body(containsString("32,Jawa Barat,200,50,25.00,false"));
        given().when().get("/api/v1/statistics/labour-market?year={year}", year)
                .then().statusCode(200).body("yearTotal.jobSeekers", equalTo(300)).body("$", not(hasKey("rows")));
    }

    @Test
    void rejectsEveryBadParameterNamingIt() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry(FACILITATED, "year"),
                Map.entry(FACILITATED + "?year=abc", "year"),
                Map.entry(FACILITATED + "?year=2021&month=13", "month"),
                Map.entry(FACILITATED + "?year=2021&level=city", "level"),
                Map.entry(FACILITATED + "?year=2021&level=regency", "parent"),
                Map.entry(FACILITATED + "?year=2021&parent=32", "parent"),
                Map.entry(FACILITATED + "?year=2021&level=regency&parent=32.73", "parent"),
                Map.entry(FACILITATED + "?year=2021&level=regency&parent=99", "parent"),
                Map.entry(SERVICE_USERS + "?year=2021&level=regency&parent=93", "parent"),
                Map.entry(SERVICE_USERS + "?year=2021&format=xml", "format"),
                Map.entry(SERVICE_USERS + "?year=2021&bom=maybe", "bom"),
                Map.entry(SERVICE_USERS + "?year=2021&asOf=yesterday", "asOf"),
                Map.entry("/api/v1/statistics/labour-market?year=2021&by=city", "by"),
                Map.entry("/api/v1/statistics/labour-market?year=2021&level=province", "level"),
                Map.entry("/api/v1/statistics/labour-market?year=2021&by=region&level=regency", "level"),
                Map.entry("/api/v1/statistics/labour-market?year=2021&by=region&region=32", "region"));
        bad.forEach((path, parameter) -> given().when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter)).body("detail", startsWith(parameter + " ")));
        given().when().get(SERVICE_USERS + "?year=2021&level=regency&parent=93").then()
                .body("detail", containsString("Papua Selatan"));
    }
}
