package id.go.kemnaker.karirhub.stats.reports;

import static id.go.kemnaker.karirhub.stats.indicators.JsonNumber.writtenAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * The achievement rules through the whole service: figures entered over HTTP and counted from
 * counts, each rule and edge case in a year of its own.
 */
@QuarkusTest
@OwnsYears({2073, 2074, 2075, 2076, 2077})
class PerformanceReportRulesTest {

    private static final int MIXED_YEAR = TestYears.of(PerformanceReportRulesTest.class)[0];
    private static final int BREACHES_UNDER_TARGET = TestYears.of(PerformanceReportRulesTest.class)[1];
    private static final int BREACHES_FAR_OVER_TARGET = TestYears.of(PerformanceReportRulesTest.class)[2];
    private static final int BREACHES_OVER_TARGET = TestYears.of(PerformanceReportRulesTest.class)[3];
    private static final int EMPTY_YEAR = TestYears.of(PerformanceReportRulesTest.class)[4];
    private static final RestAssuredConfig BIG_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, PerformanceReportRulesTest.class).deleteOwnedYears();
    }

    private static void target(String code, int year, String value) {
        given().header("Authorization", Tokens.bearer(Roles.PLANNER)).contentType(ContentType.JSON)
                .body("{\"target\":" + value + "}").when().put("/api/v1/targets/{code}/{year}", code, year)
                .then().statusCode(201);
    }

    private static void realisation(String code, int year, String value) {
        given().header("Authorization", Tokens.bearer(Roles.PLANNER)).contentType(ContentType.JSON)
                .body("{\"realisation\":" + value + ",\"evidence\":\"Rules test\"}")
                .when().put("/api/v1/indicators/{code}/realisations/{year}", code, year)
                .then().statusCode(201);
    }

    private static ValidatableResponse report(int year) {
        return given().config(BIG_DECIMALS).when().get("/api/v1/reports/performance?year={year}", year)
                .then().statusCode(200).body("year", equalTo(year)).body("rows", hasSize(7));
    }

    private static String row(String code) {
        return "rows.find { it.indicator == '" + code + "' }.";
    }

    @Test
    void appliesEachRuleToItsIndicator() {
        target("DATA_UTILITY_INDEX", MIXED_YEAR, "50");
        realisation("DATA_UTILITY_INDEX", MIXED_YEAR, "60.5");           // over 100%
        target("USER_SATISFACTION_INDEX", MIXED_YEAR, "80");
        realisation("USER_SATISFACTION_INDEX", MIXED_YEAR, "86.35");     // 107.9375, HALF_UP
        target("SERVICE_QUALITY_INDEX", MIXED_YEAR, "0");
        realisation("SERVICE_QUALITY_INDEX", MIXED_YEAR, "40");          // higher-is-better, target 0
        target("OPERATIONAL_POC_PERCENT", MIXED_YEAR, "75");             // no realisation
        target("DATA_BREACH_PERCENT", MIXED_YEAR, "0");
        realisation("DATA_BREACH_PERCENT", MIXED_YEAR, "2");             // zero target missed
        CountsTable counts = new CountsTable(dataSource, PerformanceReportRulesTest.class);
        counts.insertTarget("FACILITATED_WORKERS", MIXED_YEAR, 7);
        counts.insert("JOB_SEEKER", MIXED_YEAR, 1, 1, 1);
        counts.insert("JOB_SEEKER", MIXED_YEAR, 3, null, 1);               // 2 of 7: 28.571...
        counts.insert("EMPLOYER", MIXED_YEAR, 2, null, 5);                 // SERVICE_USERS without a target

        report(MIXED_YEAR)
                .body(row("DATA_UTILITY_INDEX") + "realisation", writtenAs("60.5"))
                .body(row("DATA_UTILITY_INDEX") + "achievementPercent", writtenAs("121.00"))
                .body(row("USER_SATISFACTION_INDEX") + "achievementPercent", writtenAs("107.94"))
                .body(row("SERVICE_QUALITY_INDEX") + "target", writtenAs("0"))
                .body(row("SERVICE_QUALITY_INDEX") + "achievementPercent", nullValue())
                .body(row("OPERATIONAL_POC_PERCENT") + "target", writtenAs("75"))
                .body(row("OPERATIONAL_POC_PERCENT") + "realisation", nullValue())
                .body(row("OPERATIONAL_POC_PERCENT") + "achievementPercent", nullValue())
                .body(row("DATA_BREACH_PERCENT") + "achievementPercent", writtenAs("0.00"))
                .body(row("FACILITATED_WORKERS") + "target", writtenAs("7"))
                .body(row("FACILITATED_WORKERS") + "realisation", writtenAs("2"))
                .body(row("FACILITATED_WORKERS") + "achievementPercent", writtenAs("28.57"))
                .body(row("SERVICE_USERS") + "target", nullValue())
                .body(row("SERVICE_USERS") + "realisation", writtenAs("7"))
                .body(row("SERVICE_USERS") + "achievementPercent", nullValue());
    }

    @Test
    void mirrorsBreachesAroundAPositiveTarget() {
        target("DATA_BREACH_PERCENT", BREACHES_UNDER_TARGET, "4");
        realisation("DATA_BREACH_PERCENT", BREACHES_UNDER_TARGET, "1");
        target("DATA_BREACH_PERCENT", BREACHES_OVER_TARGET, "3");
        realisation("DATA_BREACH_PERCENT", BREACHES_OVER_TARGET, "5");
        target("DATA_BREACH_PERCENT", BREACHES_FAR_OVER_TARGET, "4");
        realisation("DATA_BREACH_PERCENT", BREACHES_FAR_OVER_TARGET, "9");

        report(BREACHES_UNDER_TARGET).body(row("DATA_BREACH_PERCENT") + "achievementPercent", writtenAs("175.00"));
        report(BREACHES_OVER_TARGET).body(row("DATA_BREACH_PERCENT") + "achievementPercent", writtenAs("33.33"));
        report(BREACHES_FAR_OVER_TARGET).body(row("DATA_BREACH_PERCENT") + "achievementPercent", writtenAs("0.00"));
    }

    @Test
    void answersAYearWithoutFiguresWithEmptyRows() {
        report(EMPTY_YEAR)
                .body("objective", equalTo("Meningkatnya Pelayanan Pasar Kerja"))
                .body("rows.target", everyItem(nullValue()))
                .body("rows.realisation", everyItem(nullValue()))
                .body("rows.achievementPercent", everyItem(nullValue()));
        String csv = given().queryParam("format", "csv").when().get("/api/v1/reports/performance?year={year}", EMPTY_YEAR)
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\r\n" + EMPTY_YEAR + ",DATA_BREACH_PERCENT,Persentase Penyalahgunaan Data (Zero Based Data Breach),"
                + "reports,,,\r\n"), "empty cells for missing figures: " + csv);
        String page = given().accept("text/html").when().get("/api/v1/reports/performance?year={year}", EMPTY_YEAR)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<td class=\"figure target\"><span class=\"value\">-</span></td>"), "a dash, no unit word");
    }

    @Test
    void printsDecimalsAndOverHundredPercentTheIndonesianWay() {
        target("USER_SATISFACTION_INDEX", MIXED_YEAR, "80");
        realisation("USER_SATISFACTION_INDEX", MIXED_YEAR, "86.35");
        new CountsTable(dataSource, PerformanceReportRulesTest.class).insertTarget("SERVICE_USERS", MIXED_YEAR, 1_000);
        new CountsTable(dataSource, PerformanceReportRulesTest.class).insert("PBK_TRAINING", MIXED_YEAR, 4, null, 12_505);

        String page = given().queryParam("format", "html").when().get("/api/v1/reports/performance?year={year}", MIXED_YEAR)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<span class=\"value\">86,35</span>"), page);
        assertTrue(page.contains("<span class=\"value\">107,94%</span>"), page);
        assertTrue(page.contains("<span class=\"value\">12.505</span> <span class=\"unit\">Pengguna</span>"), page);
        assertTrue(page.contains("<span class=\"value\">1.250,50%</span>"), page);
    }
}
