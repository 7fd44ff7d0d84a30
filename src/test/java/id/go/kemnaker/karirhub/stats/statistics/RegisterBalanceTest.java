package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.restassured.specification.RequestSpecification;

/**
 * The registers of issue 22: placed, removed and remaining job seekers, filled, removed and
 * remaining vacancies. The balance identity month by month with a disagreement that is flagged,
 * not fixed; stocks that are month totals and never add up over time; the placement and fill rates
 * rounded HALF_UP at .5; the Indonesian names an import accepts; IKK 6 unchanged by them. Every
 * expected value is worked out in the test from the counts it writes.
 */
@QuarkusTest
@OwnsYears({2028, 2029})
class RegisterBalanceTest {

    private static final int[] YEARS = TestYears.of(RegisterBalanceTest.class);
    private static final int BEFORE = YEARS[0];
    private static final int YEAR = YEARS[1];
    private static final String BALANCE = "/api/v1/statistics/register-balance";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, RegisterBalanceTest.class).deleteOwnedYears();
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER));
    }

    /** A national batch item: a month total when week is null. */
    private static Map<String, Object> item(String category, int year, int month, Integer week, long count) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", category);
        item.put("year", year);
        item.put("month", month);
        item.put("week", week);
        item.put("count", count);
        return item;
    }

    private static void batch(List<Map<String, Object>> items) {
        officer().contentType(ContentType.JSON).body(items).when().post("/api/v1/counts/batch").then().statusCode(200);
    }

    @Test
    void theBalanceChecksTheIdentityWhereEverythingWasReportedAndFlagsADisagreement() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("JOB_SEEKERS_REMAINING", BEFORE, 12, null, 1000));
        // January: registered by week (100 + 120 + 130 + 150 = 500), 200 placed, 100 removed, 1,200 remain
        long[] januaryWeeks = { 100, 120, 130, 150 };
        for (int week = 1; week <= 4; week++) {
            items.add(item("JOB_SEEKER", YEAR, 1, week, januaryWeeks[week - 1]));
        }
        items.add(item("JOB_SEEKER_PLACED", YEAR, 1, null, 200));
        items.add(item("JOB_SEEKER_REMOVED", YEAR, 1, null, 100));
        items.add(item("JOB_SEEKERS_REMAINING", YEAR, 1, null, 1200));
        // February: no stock reported, so the closing is computed
        items.add(item("JOB_SEEKER", YEAR, 2, null, 400));
        items.add(item("JOB_SEEKER_PLACED", YEAR, 2, null, 300));
        items.add(item("JOB_SEEKER_REMOVED", YEAR, 2, null, 100));
        // March: a stock again, but the opening was computed: nothing to check
        items.add(item("JOB_SEEKER", YEAR, 3, null, 300));
        items.add(item("JOB_SEEKER_PLACED", YEAR, 3, null, 100));
        items.add(item("JOB_SEEKER_REMOVED", YEAR, 3, null, 50));
        items.add(item("JOB_SEEKERS_REMAINING", YEAR, 3, null, 1340));
        // April: everything reported, and the report disagrees with its flows
        items.add(item("JOB_SEEKER", YEAR, 4, null, 200));
        items.add(item("JOB_SEEKER_PLACED", YEAR, 4, null, 50));
        items.add(item("JOB_SEEKER_REMOVED", YEAR, 4, null, 40));
        items.add(item("JOB_SEEKERS_REMAINING", YEAR, 4, null, 1400));
        // May: nothing; June: the stock alone
        items.add(item("JOB_SEEKERS_REMAINING", YEAR, 6, null, 900));
        batch(items);

        JsonPath balance = given().when().get(BALANCE + "?registerId=job-seekers&year={y}", YEAR).then().statusCode(200)
                .body("registerId", equalTo("job-seekers")).body("year", equalTo(YEAR)).body("region", nullValue())
                .body("categories.registered", equalTo("JOB_SEEKER")).body("categories.placed", equalTo("JOB_SEEKER_PLACED"))
                .body("categories.remaining", equalTo("JOB_SEEKERS_REMAINING"))
                .body("months", hasSize(12)).extract().jsonPath();
        long januaryComputed = 1000 + 500 - 200 - 100;
        assertMonth(balance, 0, 1000L, 500L, 200L, 100L, 1200L, "reported", 1200 == januaryComputed, 1200 - januaryComputed, true);
        long februaryComputed = 1200 + 400 - 300 - 100;
        assertMonth(balance, 1, 1200L, 400L, 300L, 100L, februaryComputed, "computed", null, null, false);
        assertMonth(balance, 2, februaryComputed, 300L, 100L, 50L, 1340L, "reported", null, null, true);
        long aprilComputed = 1340 + 200 - 50 - 40;
        assertMonth(balance, 3, 1340L, 200L, 50L, 40L, 1400L, "reported", false, 1400 - aprilComputed, true);
        assertMonth(balance, 4, 1400L, null, null, null, null, null, null, null, false);
        assertMonth(balance, 5, null, null, null, null, 900L, "reported", null, null, false);
        assertEquals(-50L, 1400 - aprilComputed, "the disagreement of April, as typed here");

        String csv = given().when().get(BALANCE + "?registerId=job-seekers&year={y}&format=csv", YEAR).then().statusCode(200)
                .header("Content-Disposition", containsString("karirhub-register-balance-job-seekers-" + YEAR + ".csv"))
                .extract().asString().replace("\uFEFF", "");
        String[] lines = csv.split("\r\n");
        assertEquals("period,opening,registered,placed,removed,closing,closingFrom,balanced,difference,complete", lines[0]);
        assertEquals(YEAR + "-01,1000,500,200,100,1200,reported,true,0,true", lines[1]);
        assertEquals(YEAR + "-02,1200,400,300,100,1200,computed,,,false", lines[2]);
        assertEquals(YEAR + "-04,1340,200,50,40,1400,reported,false,-50,true", lines[4]);
        assertEquals(YEAR + "-05,1400,,,,,,,,false", lines[5]);
        assertEquals(13, lines.length);
    }

    private static void assertMonth(JsonPath balance, int index, Long opening, Long registered, Long placed, Long removed,
            Long closing, String closingFrom, Boolean balanced, Long difference, boolean complete) {
        String month = "months[" + index + "].";
        assertEquals(index + 1, balance.getInt(month + "month"));
        assertEquals(opening, balance.getObject(month + "opening", Long.class), month + "opening");
        assertEquals(registered, balance.getObject(month + "registered", Long.class), month + "registered");
        assertEquals(placed, balance.getObject(month + "placed", Long.class), month + "placed");
        assertEquals(removed, balance.getObject(month + "removed", Long.class), month + "removed");
        assertEquals(closing, balance.getObject(month + "closing", Long.class), month + "closing");
        assertEquals(closingFrom, balance.getString(month + "closingFrom"), month + "closingFrom");
        assertEquals(balanced, balance.getObject(month + "balanced", Boolean.class), month + "balanced");
        assertEquals(difference, balance.getObject(month + "difference", Long.class), month + "difference");
        assertEquals(complete, balance.getBoolean(month + "complete"), month + "complete");
    }

    @Test
    void aStockIsAMonthTotalAndNeverAddsUpOverTime() {
        // no week of a stock, by a count's path, a batch or an import
        officer().contentType(ContentType.JSON).body(Map.of("count", 10))
                .when().put("/api/v1/counts/VACANCIES_REMAINING/{y}/1/weeks/2", YEAR)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("VACANCIES_REMAINING is a stock, counted at the end of a month"));
        officer().contentType(ContentType.JSON).body(List.of(item("VACANCY", YEAR, 1, null, 5),
                item("JOB_SEEKERS_REMAINING", YEAR, 1, 1, 10)))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(400).body("errors.field", contains("[1]"))
                .body("errors[0].message", containsString("give its month total, without a week"));
        officer().contentType("text/csv").body("Kategori,Tahun,Bulan,Minggu,Jumlah\nSisa Lowongan," + YEAR + ",Maret,II,7\n")
                .when().post("/api/v1/imports")
                .then().statusCode(422).body("errors.line", contains(2))
                .body("errors[0].message", containsString("is a stock"));
        given().when().get("/api/v1/counts?year={y}", YEAR).then().statusCode(200).body("", hasSize(0));

        // a quarter's and a year's stock is its last month's; a flow's adds its months up
        batch(List.of(item("VACANCIES_REMAINING", YEAR, 1, null, 70), item("VACANCIES_REMAINING", YEAR, 2, null, 80),
                item("VACANCIES_REMAINING", YEAR, 3, null, 90), item("VACANCIES_REMAINING", YEAR, 12, null, 40),
                item("VACANCY_FILLED", YEAR, 1, null, 5), item("VACANCY_FILLED", YEAR, 2, null, 6),
                item("VACANCY_FILLED", YEAR, 3, null, 7)));
        given().when().get("/api/v1/series?category=VACANCIES_REMAINING,VACANCY_FILLED&from={y}-Q1&to={y}-Q2&interval=quarter",
                YEAR, YEAR)
                .then().statusCode(200)
                .body("series[0].points.value", contains(90, null)).body("series[0].points.complete", contains(true, false))
                .body("series[1].points.value", contains(5 + 6 + 7, null));
        given().when().get("/api/v1/series?category=VACANCIES_REMAINING&from={y}&interval=year", YEAR)
                .then().statusCode(200).body("series[0].points.value", contains(40));
        given().when().get("/api/v1/series?category=VACANCIES_REMAINING&from={y}&transform=cumulative", YEAR)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("transform"))
                .body("errors[0].message", containsString("VACANCIES_REMAINING: it is a stock"));
        // a change of a stock is its difference, month to month
        given().when().get("/api/v1/series?category=VACANCIES_REMAINING&from={y}-02&to={y}-03&transform=change", YEAR, YEAR)
                .then().statusCode(200).body("series[0].points.value", contains(80 - 70, 90 - 80));
    }

    @Test
    void placementAndFillRatesRoundHalfUpToTwoDecimals() {
        batch(List.of(item("JOB_SEEKER", YEAR, 5, null, 800), item("JOB_SEEKER_PLACED", YEAR, 5, null, 1),
                item("VACANCY", YEAR, 5, null, 800), item("VACANCY_FILLED", YEAR, 5, null, 5),
                item("JOB_SEEKER", YEAR, 6, null, 300)));
        // 1 / 800 x 100 = 0.125 and 5 / 800 x 100 = 0.625: half up, 0.13 and 0.63 (half even would give 0.12 and 0.62)
        given().when().get("/api/v1/series?indicator=PLACEMENT_RATE,VACANCY_FILL_RATE&from={y}-05&to={y}-06", YEAR, YEAR)
                .then().statusCode(200)
                .body("series[0].id", equalTo("PLACEMENT_RATE"))
                .body("series[0].points[0].value", equalTo(0.13f))
                .body("series[0].points[1].value", nullValue()) // June: registered, none placed reported
                .body("series[1].id", equalTo("VACANCY_FILL_RATE"))
                .body("series[1].points[0].value", equalTo(0.63f));
    }

    @Test
    void anImportTakesTheRegistersIndonesianNamesAndIkk6StaysTheFourServiceUsers() {
        String csv = "Kategori,Tahun,Bulan,Jumlah\n"
                + "Sisa Lowongan," + BEFORE + ",Desember,60\n"
                + "Lowongan Kerja," + YEAR + ",Januari,40\n"
                + "Lowongan Dipenuhi," + YEAR + ",Januari,25\n"
                + "Lowongan Dihapus," + YEAR + ",Januari,5\n"
                + "Sisa Lowongan," + YEAR + ",Januari,70\n"
                + "Pencari Kerja Aktif," + YEAR + ",Januari,1000\n"
                + "Penempatan," + YEAR + ",Januari,300\n"
                + "Pencari Kerja Dihapus," + YEAR + ",Januari,200\n"
                + "Sisa Pencari Kerja," + YEAR + ",Januari,5000\n"
                + "Pemberi Kerja," + YEAR + ",Januari,50\n";
        officer().contentType("text/csv").body(csv).when().post("/api/v1/imports").then().statusCode(200).body("created", equalTo(10));
        given().when().get(BALANCE + "?registerId=vacancies&year={y}", YEAR).then().statusCode(200)
                .body("categories.filled", equalTo("VACANCY_FILLED"))
                .body("months[0].opening", equalTo(60)).body("months[0].registered", equalTo(40))
                .body("months[0].filled", equalTo(25)).body("months[0].removed", equalTo(5))
                .body("months[0].closing", equalTo(70)).body("months[0].balanced", equalTo(60 + 40 - 25 - 5 == 70))
                .body("months[0].difference", equalTo(70 - (60 + 40 - 25 - 5)));
        // IKK 6 adds up its four categories only: the job seekers and employers of January, nothing of the registers
        given().when().get("/api/v1/statistics/service-users?year={y}", YEAR).then().statusCode(200)
                .body("months[0].total", equalTo(1000 + 50));
        given().when().get("/api/v1/categories").then().statusCode(200)
                .body("find { it.code == 'JOB_SEEKERS_REMAINING' }.kind", equalTo("STOCK"))
                .body("find { it.code == 'JOB_SEEKER_PLACED' }.kind", equalTo("FLOW"))
                .body("find { it.code == 'JOB_SEEKER_PLACED' }.serviceUser", equalTo(false));
    }

    @Test
    void badParametersAreNamed() {
        given().when().get(BALANCE + "?registerId=employers&year={y}", YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("registerId"))
                .body("errors[0].message", equalTo("must be one of job-seekers, vacancies, got 'employers'"));
        given().when().get(BALANCE + "?year={y}", YEAR).then().statusCode(400).body("errors[0].field", equalTo("registerId"));
        given().when().get(BALANCE + "?registerId=vacancies").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get(BALANCE + "?registerId=vacancies&year={y}&region=99", YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }
}
