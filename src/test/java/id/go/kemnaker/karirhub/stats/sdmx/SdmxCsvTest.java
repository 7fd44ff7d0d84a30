package id.go.kemnaker.karirhub.stats.sdmx;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.statistics.Lakip2021;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * SDMX-CSV 2.0.0 answers of the statistics and series, checked against the column rules of the
 * format and against values computed here from LAKIP 2021 Tables 3.3 and 3.4.
 */
@QuarkusTest
class SdmxCsvTest {

    private static final String SDMX = "application/vnd.sdmx.data+csv;version=2.0.0";
    private static final List<String> HEADER = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "REF_AREA", "INDICATOR",
            "CATEGORY", "SEX", "AGE", "EDU", "OCU", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "COMPLETE");
    /** AGENCY:ID(VERSION), the identification of a structure in SDMX-CSV 2.0. */
    private static final Pattern STRUCTURE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*:[A-Za-z][A-Za-z0-9_-]*\\(\\d+\\.\\d+\\.\\d+\\)");
    /** SDMX time formats used here: year, quarter, month, or a date with a duration in days. */
    private static final Pattern TIME_PERIOD = Pattern.compile("\\d{4}|\\d{4}-Q[1-4]|\\d{4}-(0[1-9]|1[0-2])|\\d{4}-\\d{2}-\\d{2}/P\\d+D");
    private static final String[] CATEGORIES = {"JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING"};

    /** The rows of a message, each keyed by column name, after checking the SDMX-CSV 2.0 column rules. */
    private static List<Map<String, String>> rows(String body) {
        assertTrue(body.endsWith("\r\n"), "RFC 4180 lines end in CRLF");
        String[] lines = body.split("\r\n");
        assertEquals(HEADER, List.of(lines[0].split(",", -1)), "the header row");
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertEquals(HEADER.size(), cells.length, "every row has every column: " + lines[i]);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(HEADER.get(c), cells[c]);
            }
            assertEquals("dataflow", row.get("STRUCTURE"), lines[i]);
            assertTrue(STRUCTURE_ID.matcher(row.get("STRUCTURE_ID")).matches(), lines[i]);
            assertTrue(Set.of("I", "A", "R", "D").contains(row.get("ACTION")), lines[i]);
            assertTrue(Set.of("A", "Q", "M", "W").contains(row.get("FREQ")), lines[i]);
            assertEquals("ID", row.get("REF_AREA"), lines[i]);
            assertTrue(TIME_PERIOD.matcher(row.get("TIME_PERIOD")).matches(), lines[i]);
            for (String part : List.of("SEX", "AGE", "EDU", "OCU")) {
                assertEquals("_T", row.get(part), "the whole of every part: " + lines[i]);
            }
            assertTrue(keys.add(String.join(",", row.get("FREQ"), row.get("REF_AREA"), row.get("INDICATOR"), row.get("CATEGORY"),
                    row.get("SEX"), row.get("AGE"), row.get("EDU"), row.get("OCU"), row.get("TIME_PERIOD"))),
                    "an observation is identified by its dimensions: " + lines[i]);
            assertEquals(row.get("OBS_VALUE").isEmpty() ? "M" : "A", row.get("OBS_STATUS"), lines[i]);
            rows.add(row);
        }
        return rows;
    }

    private static String value(List<Map<String, String>> rows, String freq, String indicator, String category, String period) {
        return rows.stream().filter(r -> r.get("FREQ").equals(freq) && r.get("INDICATOR").equals(indicator)
                && r.get("CATEGORY").equals(category) && r.get("TIME_PERIOD").equals(period))
                .map(r -> r.get("OBS_VALUE")).findFirst().orElseThrow(() -> new AssertionError("no row " + freq + " " + indicator
                        + " " + category + " " + period));
    }

    /** The SDMX time range of a reporting week: its first day and its length. */
    private static String week(int month, int week) {
        LocalDate start = LocalDate.of(2021, month, (week - 1) * 7 + 1);
        LocalDate end = week < 4 ? start.plusDays(6) : YearMonth.of(2021, month).atEndOfMonth();
        return start + "/P" + (end.getDayOfMonth() - start.getDayOfMonth() + 1) + "D";
    }

    @Test
    void reproducesLakip2021Table33AsSdmxCsv() {
        Response response = given().when().get("/api/v1/statistics/facilitated-workers?year={year}&format=sdmx-csv", 2021)
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/vnd.sdmx.data+csv; version=2.0.0"))
                .header("Content-Disposition", containsString("karirhub-facilitated-workers-2021.sdmx.csv"))
                .extract().response();
        List<Map<String, String>> rows = rows(response.asString());
        assertEquals(48 + 12 + 1, rows.size());
        for (int month = 1; month <= 12; month++) {
            for (int week = 1; week <= 4; week++) {
                assertEquals(Long.toString(Lakip2021.JOB_SEEKERS_BY_WEEK[month - 1][week - 1]),
                        value(rows, "W", "FACILITATED_WORKERS", "_T", week(month, week)));
            }
            assertEquals(Long.toString(Lakip2021.JOB_SEEKERS_BY_MONTH[month - 1]),
                    value(rows, "M", "FACILITATED_WORKERS", "_T", String.format("2021-%02d", month)));
        }
        assertEquals(Long.toString(Lakip2021.JOB_SEEKERS_YEAR), value(rows, "A", "FACILITATED_WORKERS", "_T", "2021"));
        assertEquals("215280", value(rows, "W", "FACILITATED_WORKERS", "_T", "2021-10-15/P7D"));
        assertEquals("30005", value(rows, "W", "FACILITATED_WORKERS", "_T", "2021-10-22/P10D"));
        assertEquals("2327", value(rows, "W", "FACILITATED_WORKERS", "_T", "2021-02-22/P7D"));
        assertEquals("19554", value(rows, "W", "FACILITATED_WORKERS", "_T", "2021-06-22/P9D"));
    }

    @Test
    void reproducesLakip2021Table34AsSdmxCsvForTheAcceptHeader() {
        String body = given().accept(SDMX).when().get("/api/v1/statistics/service-users?year={year}", 2021)
                .then().statusCode(200).header("Content-Type", startsWith("application/vnd.sdmx.data+csv"))
                .extract().asString();
        List<Map<String, String>> rows = rows(body);
        assertEquals(13 * 5, rows.size());
        Long[][] byCategory = {box(Lakip2021.JOB_SEEKERS_BY_MONTH), Lakip2021.EMPLOYERS, Lakip2021.PBK_TRAINING,
                Lakip2021.PRAKERJA_TRAINING};
        for (int month = 1; month <= 12; month++) {
            String period = String.format("2021-%02d", month);
            long total = 0;
            for (int c = 0; c < CATEGORIES.length; c++) {
                Long expected = byCategory[c][month - 1];
                assertEquals(expected == null ? "" : expected.toString(), value(rows, "M", "SERVICE_USERS", CATEGORIES[c], period),
                        CATEGORIES[c] + " " + period);
                total += expected == null ? 0 : expected;
            }
            assertEquals(Long.toString(total), value(rows, "M", "SERVICE_USERS", "_T", period));
        }
        assertEquals(Long.toString(Lakip2021.EMPLOYERS_YEAR), value(rows, "A", "SERVICE_USERS", "EMPLOYER", "2021"));
        assertEquals(Long.toString(Lakip2021.PBK_TRAINING_YEAR), value(rows, "A", "SERVICE_USERS", "PBK_TRAINING", "2021"));
        assertEquals(Long.toString(Lakip2021.PRAKERJA_TRAINING_YEAR), value(rows, "A", "SERVICE_USERS", "PRAKERJA_TRAINING", "2021"));
        assertEquals(Long.toString(Lakip2021.SERVICE_USERS_YEAR), value(rows, "A", "SERVICE_USERS", "_T", "2021"));
        // Pra Kerja did not report in January: an empty value marked M, and the month total is incomplete.
        Map<String, String> january = rows.stream().filter(r -> r.get("CATEGORY").equals("PRAKERJA_TRAINING")
                && r.get("TIME_PERIOD").equals("2021-01")).findFirst().orElseThrow();
        assertEquals("", january.get("OBS_VALUE"));
        assertEquals("M", january.get("OBS_STATUS"));
        assertEquals("false", rows.stream().filter(r -> r.get("CATEGORY").equals("_T") && r.get("TIME_PERIOD").equals("2021-01"))
                .findFirst().orElseThrow().get("COMPLETE"));
    }

    @Test
    void seriesOfAnIndicatorAndACategoryShareOneMessage() {
        String body = given().when()
                .get("/api/v1/series?indicator=FACILITATED_WORKERS&category=EMPLOYER&from=2021-Q4&interval=quarter&format=sdmx-csv")
                .then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = rows(body);
        assertEquals(2, rows.size());
        long jobSeekers = Lakip2021.JOB_SEEKERS_BY_MONTH[9] + Lakip2021.JOB_SEEKERS_BY_MONTH[10] + Lakip2021.JOB_SEEKERS_BY_MONTH[11];
        long employers = Lakip2021.EMPLOYERS[9] + Lakip2021.EMPLOYERS[10] + Lakip2021.EMPLOYERS[11];
        assertEquals(Long.toString(jobSeekers), value(rows, "Q", "FACILITATED_WORKERS", "_T", "2021-Q4"));
        assertEquals(Long.toString(employers), value(rows, "Q", "_Z", "EMPLOYER", "2021-Q4"));
    }

    @Test
    void reportingWeeksAreTimeRangesNotIsoWeeks() {
        String body = given().accept(SDMX).when()
                .get("/api/v1/series?category=JOB_SEEKER&from=2021-10&interval=week")
                .then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = rows(body);
        assertEquals(List.of("2021-10-01/P7D", "2021-10-08/P7D", "2021-10-15/P7D", "2021-10-22/P10D"),
                rows.stream().map(r -> r.get("TIME_PERIOD")).toList());
        for (int week = 1; week <= 4; week++) {
            assertEquals(Long.toString(Lakip2021.JOB_SEEKERS_BY_WEEK[9][week - 1]), rows.get(week - 1).get("OBS_VALUE"));
        }
        assertTrue(body.indexOf("W4") < 0 && body.indexOf("-W") < 0, "no ISO week notation");
    }

    @Test
    void excelDialectSeparatesWithSemicolons() {
        byte[] body = given().when().get("/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv&bom=true")
                .then().statusCode(200).extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFSTRUCTURE;STRUCTURE_ID;ACTION;"), "the separator follows STRUCTURE");
        assertTrue(text.contains("\r\ndataflow;KEMNAKER:DF_KARIRHUB(2.0.0);I;A;ID;FACILITATED_WORKERS;_T;_T;_T;_T;_T;2021;1040746;A;true\r\n"));
    }

    @Test
    void rejectsATransformWithSdmxCsv() {
        given().when().get("/api/v1/series?indicator=SERVICE_USERS&from=2021&transform=cumulative&format=sdmx-csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("transform"))
                .body("errors[0].message", containsString("sdmx-csv"));
    }

    @Test
    void sdmxCsvIsCachedAndConditionalWithItsOwnEtag() {
        String url = "/api/v1/statistics/service-users?year=2021";
        String csvTag = given().when().get(url + "&format=csv").then().statusCode(200).extract().header("ETag");
        Response sdmx = given().when().get(url + "&format=sdmx-csv").then().statusCode(200).extract().response();
        String tag = sdmx.header("ETag");
        assertNotEquals(csvTag, tag);
        given().header("If-None-Match", tag).when().get(url + "&format=sdmx-csv").then().statusCode(304);
        given().header("If-None-Match", tag).accept(SDMX).when().get(url).then().statusCode(304);
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
