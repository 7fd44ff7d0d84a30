package id.go.kemnaker.karirhub.stats.series;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import id.go.kemnaker.karirhub.stats.statistics.Lakip2021;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * GET /api/v1/series on the LAKIP 2021 figures, with every expected value computed here from
 * the report's tables (Lakip2021), and on two synthetic years loaded through the batch API.
 */
@QuarkusTest
@OwnsYears({2061, 2062, 2020})
class SeriesTest {

    private static final int EARLIER = TestYears.of(SeriesTest.class)[0];
    private static final int LATER = TestYears.of(SeriesTest.class)[1];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeSyntheticYears() {
        new CountsTable(dataSource, SeriesTest.class).deleteOwnedYears();
    }

    private static JsonPath series(String query) {
        return given().when().get("/api/v1/series?" + query).then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static long[] jobSeekersByMonth() {
        long[] months = new long[12];
        for (int m = 0; m < 12; m++) {
            for (long week : Lakip2021.JOB_SEEKERS_BY_WEEK[m]) {
                months[m] += week;
            }
        }
        return months;
    }

    private static BigDecimal percent(long now, long before) {
        return BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
    }

    @Test
    void monthlyValuesAreTheSumsOfTheReportedWeeks() {
        long[] months = jobSeekersByMonth();
        assertArrayEquals(Lakip2021.JOB_SEEKERS_BY_MONTH, months, "the report's weeks add up to its month totals");
        JsonPath answer = series("indicator=FACILITATED_WORKERS&from=2021");
        assertEquals("month", answer.getString("interval"));
        assertEquals("2021-01", answer.getString("from"));
        assertEquals("2021-12", answer.getString("to"));
        List<Map<String, Object>> points = answer.getList("series[0].points");
        assertEquals(12, points.size());
        for (int m = 0; m < 12; m++) {
            assertEquals(String.format("2021-%02d", m + 1), points.get(m).get("period"));
            assertEquals(months[m], ((Number) points.get(m).get("value")).longValue());
            assertEquals(true, points.get(m).get("complete"));
        }
    }

    @Test
    void cumulativeIsTheYearToDateAndResetsInJanuary() {
        long[] months = jobSeekersByMonth();
        List<Map<String, Object>> points = series("indicator=FACILITATED_WORKERS&from=2021&transform=cumulative")
                .getList("series[0].points");
        long running = 0;
        for (int m = 0; m < 12; m++) {
            running += months[m];
            assertEquals(running, ((Number) points.get(m).get("value")).longValue(), "year to date at the end of month " + (m + 1));
        }
        assertEquals(883_743L, ((Number) points.get(9).get("value")).longValue(), "year to date at the end of October 2021");
        assertEquals(Lakip2021.JOB_SEEKERS_YEAR, ((Number) points.get(11).get("value")).longValue());

        // Starting mid-year still counts from January; a week's year to date includes the weeks before it.
        JsonPath fromOctober = series("indicator=FACILITATED_WORKERS&from=2021-10-W2&to=2021-10-W3&interval=week&transform=cumulative");
        long toSeptember = 883_743L - months[9];
        long[] october = Lakip2021.JOB_SEEKERS_BY_WEEK[9];
        assertEquals(List.of(toSeptember + october[0] + october[1], toSeptember + october[0] + october[1] + october[2]),
                longs(fromOctober.getList("series[0].points.value")));

        // A new year starts again from its own January.
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item(EARLIER, 11, 1, 5), item(EARLIER, 12, 1, 7), item(LATER, 1, 1, 11)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        JsonPath acrossYears = series("indicator=FACILITATED_WORKERS&from=" + EARLIER + "-12&to=" + LATER
                + "-01&transform=cumulative");
        assertEquals(List.of(5L + 7L, 11L), longs(acrossYears.getList("series[0].points.value")));
    }

    @Test
    void changeAndPercentChangeCompareWithThePreviousPeriod() {
        long[] months = jobSeekersByMonth();
        List<Map<String, Object>> change = series("indicator=FACILITATED_WORKERS&from=2021&transform=change").getList("series[0].points");
        List<Map<String, Object>> percent = series("indicator=FACILITATED_WORKERS&from=2021&transform=percent-change")
                .getList("series[0].points");
        assertNull(change.get(0).get("value"), "December 2020 was not reported");
        assertEquals(false, change.get(0).get("complete"));
        assertNull(percent.get(0).get("value"));
        for (int m = 1; m < 12; m++) {
            assertEquals(months[m] - months[m - 1], ((Number) change.get(m).get("value")).longValue());
            assertEquals(percent(months[m], months[m - 1]), new BigDecimal(percent.get(m).get("value").toString()),
                    "percent change of month " + (m + 1));
            assertEquals(true, percent.get(m).get("complete"));
        }
    }

    @Test
    void quartersAndYearsAddUpTheirMonths() {
        long[] months = jobSeekersByMonth();
        JsonPath quarters = series("indicator=FACILITATED_WORKERS&from=2021&interval=quarter");
        assertEquals(List.of("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"), quarters.getList("series[0].points.period"));
        assertEquals(List.of("2021-01-01", "2021-04-01", "2021-07-01", "2021-10-01"), quarters.getList("series[0].points.start"));
        assertEquals(List.of("2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"), quarters.getList("series[0].points.end"));
        for (int q = 0; q < 4; q++) {
            long expected = months[3 * q] + months[3 * q + 1] + months[3 * q + 2];
            assertEquals(expected, ((Number) quarters.getList("series[0].points.value").get(q)).longValue());
        }
        JsonPath year = series("indicator=SERVICE_USERS&from=2021&interval=year");
        assertEquals(Lakip2021.SERVICE_USERS_YEAR, ((Number) year.get("series[0].points[0].value")).longValue());
        assertEquals(false, year.get("series[0].points[0].complete"), "Pra Kerja did not report in January, February, December");
    }

    @Test
    void reportingWeeksAreDaysOneToSevenAndSoOnToTheEndOfTheMonth() {
        JsonPath weeks = series("indicator=FACILITATED_WORKERS&from=2021-02&interval=week");
        assertEquals(List.of("2021-02-W1", "2021-02-W2", "2021-02-W3", "2021-02-W4"), weeks.getList("series[0].points.period"));
        assertEquals(List.of("2021-02-01", "2021-02-08", "2021-02-15", "2021-02-22"), weeks.getList("series[0].points.start"));
        assertEquals(List.of("2021-02-07", "2021-02-14", "2021-02-21", "2021-02-28"), weeks.getList("series[0].points.end"));
        assertEquals(toList(Lakip2021.JOB_SEEKERS_BY_WEEK[1]), longs(weeks.getList("series[0].points.value")));
        assertEquals("2021-10-31", series("indicator=FACILITATED_WORKERS&from=2021-10-W4&interval=week").get("series[0].points[0].end"));
        // A quarter given as the range of a weekly series covers its 12 weeks.
        assertEquals(12, series("indicator=FACILITATED_WORKERS&from=2021-Q3&interval=week").getList("series[0].points").size());
    }

    @Test
    void monthTotalsAreNeverSplitIntoWeeks() {
        JsonPath answer = series("category=EMPLOYER,JOB_SEEKER&from=2021-03&interval=week");
        assertEquals(List.of("EMPLOYER", "JOB_SEEKER"), answer.getList("series.id"));
        List<Map<String, Object>> employers = answer.getList("series[0].points");
        assertEquals(4, employers.size());
        for (Map<String, Object> week : employers) {
            assertNull(week.get("value"));
            assertEquals(false, week.get("complete"));
        }
        assertEquals(toList(Lakip2021.JOB_SEEKERS_BY_WEEK[2]), longs(answer.getList("series[1].points.value")));
        // Service users by week: only the job seekers reported weeks, so the weeks are incomplete.
        JsonPath users = series("indicator=SERVICE_USERS&from=2021-03-W1&interval=week");
        assertEquals(Lakip2021.JOB_SEEKERS_BY_WEEK[2][0], ((Number) users.get("series[0].points[0].value")).longValue());
        assertEquals(false, users.get("series[0].points[0].complete"));
    }

    @Test
    void serviceUsersAddUpTheCategoriesThatReported() {
        List<Map<String, Object>> points = series("indicator=SERVICE_USERS&from=2021").getList("series[0].points");
        for (int m = 0; m < 12; m++) {
            long expected = Lakip2021.JOB_SEEKERS_BY_MONTH[m] + Lakip2021.EMPLOYERS[m] + Lakip2021.PBK_TRAINING[m]
                    + (Lakip2021.PRAKERJA_TRAINING[m] == null ? 0 : Lakip2021.PRAKERJA_TRAINING[m]);
            assertEquals(expected, ((Number) points.get(m).get("value")).longValue());
            assertEquals(Lakip2021.PRAKERJA_TRAINING[m] != null, points.get(m).get("complete"));
        }
    }

    @Test
    void yearOverYearComparesWithTheSamePeriodAYearEarlier() {
        List<Map<String, Object>> items = new ArrayList<>();
        long[] earlier = { 100, 0, 80, 50 };
        long[] later = { 150, 40, 60, 50 };
        for (int month = 1; month <= 4; month++) {
            for (int week = 1; week <= 4; week++) {
                items.add(item(EARLIER, month, week, earlier[month - 1] / 4));
                items.add(item(LATER, month, week, later[month - 1] / 4));
            }
        }
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        List<Map<String, Object>> points = series("indicator=FACILITATED_WORKERS&from=" + LATER + "-01&to=" + LATER
                + "-05&transform=year-over-year").getList("series[0].points");
        assertEquals(percent(later[0] / 4 * 4, earlier[0] / 4 * 4), new BigDecimal(points.get(0).get("value").toString()));
        assertNull(points.get(1).get("value"), "the same month a year earlier was 0");
        assertEquals(percent(later[2] / 4 * 4, earlier[2] / 4 * 4), new BigDecimal(points.get(2).get("value").toString()));
        assertEquals(0, new BigDecimal(points.get(3).get("value").toString()).compareTo(BigDecimal.ZERO));
        assertNull(points.get(4).get("value"), "May was not reported in either year");
        assertEquals(false, points.get(4).get("complete"));
        // The first year has nothing a year earlier.
        given().when().get("/api/v1/series?indicator=FACILITATED_WORKERS&from={y}-01&transform=year-over-year", EARLIER)
                .then().statusCode(200).body("series[0].points[0].value", nullValue());
    }

    @Test
    void lastCountsBackFromTheLatestReportedPeriod() {
        // The LAKIP 2021 figures are the latest data: the last three months are Table 3.3's October to December.
        long[] months = jobSeekersByMonth();
        JsonPath answer = series("indicator=FACILITATED_WORKERS&last=3");
        assertEquals("2021-10", answer.getString("from"));
        assertEquals("2021-12", answer.getString("to"));
        assertEquals(List.of("2021-10", "2021-11", "2021-12"), answer.getList("series[0].points.period"));
        assertEquals(List.of(months[9], months[10], months[11]), longs(answer.getList("series[0].points.value")));
        assertEquals(List.of(426_259L, 107_733L, 49_270L), longs(answer.getList("series[0].points.value")), "Table 3.3 totals");
        JsonPath weeks = series("indicator=FACILITATED_WORKERS&last=2&interval=week");
        assertEquals(List.of("2021-12-W3", "2021-12-W4"), weeks.getList("series[0].points.period"));
        assertEquals(List.of(Lakip2021.JOB_SEEKERS_BY_WEEK[11][2], Lakip2021.JOB_SEEKERS_BY_WEEK[11][3]),
                longs(weeks.getList("series[0].points.value")));

        // A count reported for a later period moves the window there, across the years in between.
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(item(LATER, 2, 1, 7))).when().post("/api/v1/counts/batch").then().statusCode(200);
        JsonPath moved = series("indicator=FACILITATED_WORKERS&last=3");
        assertEquals(List.of((LATER - 1) + "-12", LATER + "-01", LATER + "-02"), moved.getList("series[0].points.period"));
        assertEquals(Arrays.asList(null, null, 7L), longs(moved.getList("series[0].points.value")));
    }

    @Test
    void csvHasOneRowPerSeriesAndPeriod() {
        byte[] body = given().when()
                .get("/api/v1/series?indicator=FACILITATED_WORKERS&category=EMPLOYER&from=2021-11&to=2021-12&format=csv")
                .then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"karirhub-facilitated-workers_employer-2021-11_2021-12-month.csv\""))
                .header("Vary", equalTo("Accept"))
                .extract().asByteArray();
        assertEquals("series,period,start,end,value,complete\r\n"
                + "FACILITATED_WORKERS,2021-11,2021-11-01,2021-11-30,107733,true\r\n"
                + "FACILITATED_WORKERS,2021-12,2021-12-01,2021-12-31,49270,true\r\n"
                + "EMPLOYER,2021-11,2021-11-01,2021-11-30,1454,true\r\n"
                + "EMPLOYER,2021-12,2021-12-01,2021-12-31,1070,true\r\n", new String(body, StandardCharsets.UTF_8));
        // Accept: text/csv does the same as format=csv.
        given().accept("text/csv").when().get("/api/v1/series?indicator=FACILITATED_WORKERS&from=2021-11")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8");
    }

    @Test
    void excelDialectHasABomSemicolonsAndDecimalCommas() {
        byte[] body = given().when()
                .get("/api/v1/series?indicator=FACILITATED_WORKERS&from=2021-11&transform=percent-change&format=csv&bom=true")
                .then().statusCode(200)
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"karirhub-facilitated-workers-2021-11-month-percent-change.csv\""))
                .extract().asByteArray();
        String expectedText = "series;period;start;end;value;complete\r\n"
                + "FACILITATED_WORKERS;2021-11;2021-11-01;2021-11-30;"
                + percent(107_733, 426_259).toPlainString().replace('.', ',') + ";true\r\n";
        byte[] expected = new byte[3 + expectedText.getBytes(StandardCharsets.UTF_8).length];
        expected[0] = (byte) 0xEF;
        expected[1] = (byte) 0xBB;
        expected[2] = (byte) 0xBF;
        System.arraycopy(expectedText.getBytes(StandardCharsets.UTF_8), 0, expected, 3, expected.length - 3);
        assertArrayEquals(expected, body, () -> new String(body, StandardCharsets.UTF_8));
        assertEquals("-74,73", percent(107_733, 426_259).toPlainString().replace('.', ','));
    }

    @Test
    void badParametersAreNamed() {
        expectBadParameter("from=2021", "indicator");
        expectBadParameter("indicator=FACILITATED_WORKERS", "from");
        expectBadParameter("indicator=NOPE&from=2021", "indicator");
        expectBadParameter("category=NOPE&from=2021", "category");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021-13", "from");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021-10-W5", "from");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=1999", "from");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021&to=2020-12", "to");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021&interval=day", "interval");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021&transform=log", "transform");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021&last=3", "last");
        expectBadParameter("indicator=FACILITATED_WORKERS&last=0", "last");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021&format=xml", "format");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021&bom=yes", "bom");
        expectBadParameter("indicator=FACILITATED_WORKERS&from=2021&asOf=yesterday", "asOf");
        given().accept("application/xml").when().get("/api/v1/series?indicator=FACILITATED_WORKERS&from=2021")
                .then().statusCode(406).contentType("application/problem+json");
    }

    private static void expectBadParameter(String query, String field) {
        given().when().get("/api/v1/series?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body("errors", hasSize(1));
    }

    private static Map<String, Object> item(int year, int month, int week, long count) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", "JOB_SEEKER");
        item.put("year", year);
        item.put("month", month);
        item.put("week", week);
        item.put("count", count);
        return item;
    }

    private static List<Long> longs(List<Object> values) {
        return values.stream().map(v -> v == null ? null : ((Number) v).longValue()).toList();
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long value : values) {
            list.add(value);
        }
        return list;
    }
}
