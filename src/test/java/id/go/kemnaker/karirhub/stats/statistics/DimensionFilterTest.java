package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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

/**
 * Dimension filters (sex, ageGroup, education, occupation) on the statistics of a year, the labour
 * market and the register balance: the figures of the parts with those codes, month by month from
 * the parts stored along exactly those dimensions, or along one more whose codes are added up.
 * Every expected value is added up here from the parts written.
 */
@QuarkusTest
@OwnsYears({2080})
class DimensionFilterTest {

    private static final int YEAR = TestYears.of(DimensionFilterTest.class)[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, DimensionFilterTest.class).deleteOwnedYears();
    }

    private static Map<String, Object> item(String category, int month, String region, long count, String... dimensions) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", category);
        item.put("year", YEAR);
        item.put("month", month);
        item.put("region", region);
        item.put("count", count);
        for (int i = 0; i < dimensions.length; i += 2) {
            item.put(dimensions[i], dimensions[i + 1]);
        }
        return item;
    }

    private static void store() {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(
                        // January: the whole and its parts by sex alone
                        item("JOB_SEEKER", 1, null, 1000), item("JOB_SEEKER", 1, null, 600, "sex", "L"),
                        item("JOB_SEEKER", 1, null, 300, "sex", "P"),
                        // February: the whole, parts by sex and age group, and by education alone
                        item("JOB_SEEKER", 2, null, 800), item("JOB_SEEKER", 2, null, 100, "sex", "P", "ageGroup", "15-19"),
                        item("JOB_SEEKER", 2, null, 150, "sex", "P", "ageGroup", "20-24"),
                        item("JOB_SEEKER", 2, null, 50, "sex", "P", "ageGroup", "25-29"),
                        item("JOB_SEEKER", 2, null, 200, "sex", "L", "ageGroup", "15-19"),
                        item("JOB_SEEKER", 2, null, 120, "sex", "L", "ageGroup", "20-24"),
                        item("JOB_SEEKER", 2, null, 200, "education", "SMK"),
                        item("VACANCY", 2, null, 100), item("VACANCY", 2, null, 40, "education", "SMK"),
                        item("EMPLOYER", 1, null, 50),
                        // a regency's own parts
                        item("JOB_SEEKER", 1, "32.73", 100), item("JOB_SEEKER", 1, "32.73", 40, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
    }

    @Test
    void theStatisticsOfAYearCountThePartsAFilterNames() {
        store();
        String workers = "/api/v1/statistics/facilitated-workers?year={year}";
        // P: January 300 as stored by sex; February 100 + 150 + 50 added up over the age groups, 7 of 10 of which
        // have no part, so not complete
        given().when().get(workers + "&sex=P", YEAR).then().statusCode(200)
                .body("months[0].total", equalTo(300)).body("months[1].total", equalTo(300))
                .body("total", equalTo(600)).body("complete", equalTo(false)).body("target", nullValue());
        given().when().get(workers + "&sex=Perempuan", YEAR).then().statusCode(200).body("total", equalTo(600));
        // the group 15-24 adds up 15-19 and 20-24, of both sexes: every part it needs is there
        given().when().get(workers + "&ageGroup=15-24", YEAR).then().statusCode(200)
                .body("months[0].total", nullValue()).body("months[1].total", equalTo(100 + 150 + 200 + 120))
                .body("total", equalTo(570));
        given().when().get(workers + "&sex=P&ageGroup=20-24", YEAR).then().statusCode(200)
                .body("months[1].total", equalTo(150)).body("total", equalTo(150));
        given().when().get(workers + "&region=32.73&sex=P", YEAR).then().statusCode(200)
                .body("region", equalTo("32.73")).body("total", equalTo(40));
        // a province that stored no parts has its regencies' added up: 32.73 alone of its 27, so not complete
        given().when().get(workers + "&region=32&sex=P", YEAR).then().statusCode(200).body("total", equalTo(40))
                .body("complete", equalTo(false));
        given().when().get("/api/v1/statistics/service-users?year={year}&sex=P", YEAR).then().statusCode(200)
                .body("byCategory.JOB_SEEKER", equalTo(600)).body("byCategory.EMPLOYER", nullValue()).body("total", equalTo(600));
        String csv = given().when().get(workers + "&sex=P&format=csv", YEAR).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",300,") || csv.contains(",300\r\n"), csv);
        // the series of the same parts, and of a group
        given().when().get("/api/v1/series?category=JOB_SEEKER&from={from}&to={to}&sex=P", YEAR + "-01", YEAR + "-03")
                .then().statusCode(200).body("series[0].points.value", equalTo(java.util.Arrays.asList(300, 300, null)));
        given().when().get("/api/v1/series?category=JOB_SEEKER&from={from}&to={to}&ageGroup=15-24&interval=quarter",
                YEAR + "-Q1", YEAR + "-Q1").then().statusCode(200).body("series[0].points[0].value", equalTo(570));
        // SDMX-CSV names the part in its SEX and AGE columns: F for P, Y15T24 for the group 15-24
        String series = given().when().get("/api/v1/series?category=JOB_SEEKER&from={from}&to={to}&sex=P&format=sdmx-csv",
                YEAR + "-01", YEAR + "-02").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(
                "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,CATEGORY,SEX,AGE,EDU,OCU,TIME_PERIOD,OBS_VALUE,OBS_STATUS,"
                        + "COMPLETE\r\n"
                        + "dataflow,KEMNAKER:DF_KARIRHUB(2.0.0),I,M,ID,_Z,JOB_SEEKER,F,_T,_T,_T," + YEAR + "-01,300,A,true\r\n"
                        + "dataflow,KEMNAKER:DF_KARIRHUB(2.0.0),I,M,ID,_Z,JOB_SEEKER,F,_T,_T,_T," + YEAR + "-02,300,A,false\r\n",
                series);
        String yearSdmx = given().when().get(workers + "&ageGroup=15-24&format=sdmx-csv", YEAR).then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(yearSdmx.contains("\r\ndataflow,KEMNAKER:DF_KARIRHUB(2.0.0),I,A,ID,"
                + "FACILITATED_WORKERS,_T,_T,Y15T24,_T,_T," + YEAR + ",570,A,"), yearSdmx);
        // a filtered download says what it holds in its name, the whole's keeps its own
        String disposition = "Content-Disposition";
        given().when().get(workers + "&sex=P&format=csv", YEAR).then().statusCode(200)
                .header(disposition, equalTo("attachment; filename=\"karirhub-facilitated-workers-" + YEAR + "-sex-P-week.csv\""));
        given().when().get(workers + "&format=csv", YEAR).then().statusCode(200)
                .header(disposition, equalTo("attachment; filename=\"karirhub-facilitated-workers-" + YEAR + "-week.csv\""));
        given().when().get(workers + "&sex=P&ageGroup=15-24&format=sdmx-csv", YEAR).then().statusCode(200)
                .header(disposition, equalTo("attachment; filename=\"karirhub-facilitated-workers-" + YEAR
                        + "-sex-P-ageGroup-15-24.sdmx.csv\""));
        given().when().get("/api/v1/series?category=JOB_SEEKER&from={from}&to={to}&education=SMK&format=csv", YEAR + "-01",
                YEAR + "-03").then().statusCode(200)
                .header(disposition, equalTo("attachment; filename=\"karirhub-job-seeker-" + YEAR + "-01_" + YEAR
                        + "-03-month-education-SMK.csv\""));
        given().when().get("/api/v1/statistics/labour-market?year={year}&sex=P&format=csv", YEAR).then().statusCode(200)
                .header(disposition, equalTo("attachment; filename=\"karirhub-labour-market-" + YEAR + "-sex-P.csv\""));
        given().when().get("/api/v1/statistics/register-balance?registerId=job-seekers&year={year}&sex=P&format=csv", YEAR)
                .then().statusCode(200).header(disposition, equalTo("attachment; filename=\"karirhub-register-balance-job-seekers-"
                        + YEAR + "-sex-P.csv\""));
        given().when().get("/api/v1/statistics/facilitated-workers/by-region?year={year}&sex=P&format=csv", YEAR)
                .then().statusCode(200).header(disposition, equalTo("attachment; filename=\"karirhub-facilitated-workers-"
                        + YEAR + "-by-province-sex-P.csv\""));
        // the whole is what it was
        given().when().get(workers, YEAR).then().statusCode(200).body("total", equalTo(1800));
        // 2021 has no parts: null, and no target beside a part
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021&sex=L").then().statusCode(200)
                .body("total", nullValue()).body("target", nullValue()).body("achievementPercent", nullValue());
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021").then().statusCode(200)
                .body("total", equalTo(1040746));
    }

    @Test
    void theLabourMarketAndTheRegisterBalanceTakeTheSameFilters() {
        store();
        given().when().get("/api/v1/statistics/labour-market?year={year}&month=2&education=SMK", YEAR).then().statusCode(200)
                .body("yearTotal.jobSeekers", equalTo(200)).body("yearTotal.vacancies", equalTo(40))
                .body("yearTotal.vacanciesPer100JobSeekers", equalTo(20.0f));
        given().when().get("/api/v1/statistics/register-balance?registerId=job-seekers&year={year}&sex=P", YEAR)
                .then().statusCode(200)
                .body("months[0].registered", equalTo(300)).body("months[1].registered", equalTo(300))
                .body("months[1].removed", nullValue());
    }

    @Test
    void regionByRegionEachRegionCountsItsOwnPartsOrItsRegenciesAddedUp() {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 5, null, 1000),
                        // Jawa Barat: two regencies by sex, the province nothing of its own
                        item("JOB_SEEKER", 5, "32.73", 100), item("JOB_SEEKER", 5, "32.73", 40, "sex", "P"),
                        item("JOB_SEEKER", 5, "32.73", 50, "sex", "L"),
                        item("JOB_SEEKER", 5, "32.01", 80), item("JOB_SEEKER", 5, "32.01", 30, "sex", "P"),
                        item("JOB_SEEKER", 5, "32.01", 45, "sex", "L"),
                        // DKI Jakarta: one regency, women only
                        item("JOB_SEEKER", 5, "31.71", 60), item("JOB_SEEKER", 5, "31.71", 20, "sex", "P"),
                        // Jawa Tengah: its own parts
                        item("JOB_SEEKER", 5, "33", 70), item("JOB_SEEKER", 5, "33", 25, "sex", "P"),
                        item("VACANCY", 5, "33", 9), item("VACANCY", 5, "33", 4, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        String byProvince = "/api/v1/statistics/facilitated-workers/by-region?year={year}&month=5";
        // the nation stored no part: its provinces' parts added up, 40 + 30 + 20 + 25
        given().when().get(byProvince + "&sex=P", YEAR).then().statusCode(200)
                .body("total", equalTo(115)).body("unallocated", equalTo(0)).body("complete", equalTo(false))
                .body("rows.find { it.region == '32' }.total", equalTo(70))
                .body("rows.find { it.region == '32' }.complete", equalTo(false))
                .body("rows.find { it.region == '31' }.total", equalTo(20))
                .body("rows.find { it.region == '33' }.total", equalTo(25))
                .body("rows.find { it.region == '33' }.complete", equalTo(true))
                .body("rows.find { it.region == '11' }.total", nullValue());
        given().when().get(byProvince + "&sex=Laki-laki", YEAR).then().statusCode(200)
                .body("total", equalTo(95)).body("rows.find { it.region == '32' }.total", equalTo(95))
                .body("rows.find { it.region == '31' }.total", nullValue())
                .body("rows.find { it.region == '33' }.total", nullValue());
        given().when().get(byProvince + "&level=regency&parent=32&sex=P", YEAR).then().statusCode(200)
                .body("total", equalTo(70)).body("unallocated", equalTo(0))
                .body("rows.find { it.region == '32.73' }.total", equalTo(40))
                .body("rows.find { it.region == '32.01' }.total", equalTo(30));
        given().when().get("/api/v1/statistics/service-users/by-region?year={year}&month=5&sex=P", YEAR).then().statusCode(200)
                .body("total", equalTo(115)).body("rows.find { it.region == '33' }.byCategory.JOB_SEEKER", equalTo(25));
        // the whole region by region is what it was
        given().when().get(byProvince, YEAR).then().statusCode(200)
                .body("total", equalTo(1000)).body("rows.find { it.region == '32' }.total", equalTo(180));
        // supply against demand province by province, of women: Jawa Tengah 4 vacancies for 25 job seekers
        given().when().get("/api/v1/statistics/labour-market?year={year}&month=5&by=region&sex=P", YEAR).then().statusCode(200)
                .body("yearTotal.jobSeekers", equalTo(115)).body("yearTotal.vacancies", equalTo(4))
                .body("rows.find { it.region == '33' }.jobSeekers", equalTo(25))
                .body("rows.find { it.region == '33' }.vacancies", equalTo(4))
                .body("rows.find { it.region == '33' }.vacanciesPer100JobSeekers", equalTo(16.0f))
                .body("rows.find { it.region == '32' }.jobSeekers", equalTo(70))
                .body("rows.find { it.region == '32' }.vacancies", nullValue())
                .body("rows.find { it.region == '32' }.vacanciesPer100JobSeekers", nullValue());
        // the breakdown of Jawa Barat by sex: its regencies' parts, added up
        given().when().get("/api/v1/statistics/breakdown?measure=JOB_SEEKER&year={year}&month=5&region=32&by=sex", YEAR)
                .then().statusCode(200).body("total", equalTo(180))
                .body("cells.find { it.sex.code == 'P' }.count", equalTo(70))
                .body("cells.find { it.sex.code == 'L' }.count", equalTo(95))
                .body("unallocated", equalTo(15));

        // a region's parts stay within its parent's part, as its counts within its parent's count
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 5, "32", 60, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].item", equalTo("[0]"))
                .body("errors[0].message", equalTo("the regencies of 32 add up to 70 (2 reporting) for JOB_SEEKER " + YEAR
                        + "-05 (the whole month) (sex P), more than the count of 32 60; a breakdown may be less than its parent "
                        + "(the rest is unallocated), never more"));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 5, null, 100, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(409)
                .body("errors[0].message", containsString("the provinces add up to 115 (3 reporting)"));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 5, "33.74", 30, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(409)
                .body("errors[0].message", containsString("the regencies of 33 add up to 30 (1 reporting)"));
        // nothing refused was stored; a province's own part at least its regencies' stands for them
        given().when().get(byProvince + "&sex=P", YEAR).then().statusCode(200).body("total", equalTo(115));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 5, "32", 75, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        given().when().get(byProvince + "&sex=P", YEAR).then().statusCode(200).body("total", equalTo(120))
                .body("rows.find { it.region == '32' }.total", equalTo(75))
                .body("rows.find { it.region == '32' }.complete", equalTo(true));
    }

    @Test
    void theRegionsPartsStayAddedUpAsTheyAreCorrectedAndRemoved() {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 7, null, 500),
                        item("JOB_SEEKER", 7, "32.73", 100), item("JOB_SEEKER", 7, "32.73", 40, "sex", "P"),
                        item("JOB_SEEKER", 7, "32.01", 80), item("JOB_SEEKER", 7, "32.01", 30, "sex", "P"),
                        item("JOB_SEEKER", 7, "33.74", 50), item("JOB_SEEKER", 7, "33.74", 10, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        String nation = "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year={year}&month=7&by=sex";
        String byProvince = "/api/v1/statistics/facilitated-workers/by-region?year={year}&month=7&sex=P";
        // 40 + 30 + 10
        given().when().get(nation, YEAR).then().statusCode(200).body("total", equalTo(500))
                .body("cells.find { it.sex.code == 'P' }.count", equalTo(80));
        // a correction of a regency's part moves its province's sum and the nation's: 25 + 30 + 10
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 7, "32.73", 25, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        given().when().get(nation, YEAR).then().statusCode(200).body("cells.find { it.sex.code == 'P' }.count", equalTo(65));
        given().when().get(nation + "&region=32", YEAR).then().statusCode(200)
                .body("cells.find { it.sex.code == 'P' }.count", equalTo(55));
        // a part removed is no longer added up: Jawa Tengah has no part left, 25 + 30
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                .when().delete("/api/v1/counts/{category}/{year}/{month}?region=33.74&sex=P", "JOB_SEEKER", YEAR, 7)
                .then().statusCode(204);
        given().when().get(nation, YEAR).then().statusCode(200).body("cells.find { it.sex.code == 'P' }.count", equalTo(55));
        given().when().get(byProvince, YEAR).then().statusCode(200).body("total", equalTo(55))
                .body("rows.find { it.region == '32' }.total", equalTo(55))
                .body("rows.find { it.region == '33' }.total", nullValue());
        // and the nation's own part is checked against the sums as they are now: 55 fits, 54 does not
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 7, null, 54, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(409)
                .body("errors[0].message", containsString("the provinces add up to 55 (1 reporting)"));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", 7, null, 55, "sex", "P")))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&sex=X", YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sex"))
                .body("errors[0].message", containsString("is not a code of SEX"));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&sex=P&ageGroup=15-24&education=SMK", YEAR)
                .then().statusCode(400).body("errors[0].field", equalTo("education"))
                .body("errors[0].message", containsString("is a third dimension filter besides sex and ageGroup"));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&region=32,33&sex=P", YEAR)
                .then().statusCode(400).body("errors[0].field", equalTo("region"));
        given().when().get("/api/v1/statistics/register-balance?registerId=job-seekers&year={year}&occupation=99", YEAR)
                .then().statusCode(400).body("errors[0].field", equalTo("occupation"));
    }
}
