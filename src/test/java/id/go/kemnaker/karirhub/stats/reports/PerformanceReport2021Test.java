package id.go.kemnaker.karirhub.stats.reports;

import static id.go.kemnaker.karirhub.stats.indicators.JsonNumber.writtenAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/** The service reproduces LAKIP 2021 Table 3.1 cell by cell, in JSON, CSV and HTML. */
@QuarkusTest
class PerformanceReport2021Test {

    private static final String REPORT = "/api/v1/reports/performance?year={year}";
    private static final RestAssuredConfig BIG_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    /** The whole CSV file, typed from Table 3.1. */
    private static final String CSV = """
            year,indicator,name,unit,target,realisation,achievementPercent\r
            2021,DATA_UTILITY_INDEX,Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga kerja secara real time,index,50,50,100.00\r
            2021,OPERATIONAL_POC_PERCENT,Persentase Point Of Contact yang operasional terhadap total Point Of Contact,percent,50,50,100.00\r
            2021,USER_SATISFACTION_INDEX,Indeks Kepuasan Pengguna Layanan Pasar Kerja,index,50,50,100.00\r
            2021,SERVICE_QUALITY_INDEX,Indeks Kualitas Layanan Pasar Kerja,index,50,50,100.00\r
            2021,FACILITATED_WORKERS,Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja,persons,2000000,1040746,52.04\r
            2021,SERVICE_USERS,Jumlah Pengguna Layanan Pasar Kerja,users,2200000,1602957,72.86\r
            2021,DATA_BREACH_PERCENT,Persentase Penyalahgunaan Data (Zero Based Data Breach),reports,0,0,100.00\r
            """;

    /** The same file in the Excel dialect: a byte order mark, ';' and decimal commas. */
    private static final String EXCEL_CSV = """
            year;indicator;name;unit;target;realisation;achievementPercent\r
            2021;DATA_UTILITY_INDEX;Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga kerja secara real time;index;50;50;100,00\r
            2021;OPERATIONAL_POC_PERCENT;Persentase Point Of Contact yang operasional terhadap total Point Of Contact;percent;50;50;100,00\r
            2021;USER_SATISFACTION_INDEX;Indeks Kepuasan Pengguna Layanan Pasar Kerja;index;50;50;100,00\r
            2021;SERVICE_QUALITY_INDEX;Indeks Kualitas Layanan Pasar Kerja;index;50;50;100,00\r
            2021;FACILITATED_WORKERS;Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja;persons;2000000;1040746;52,04\r
            2021;SERVICE_USERS;Jumlah Pengguna Layanan Pasar Kerja;users;2200000;1602957;72,86\r
            2021;DATA_BREACH_PERCENT;Persentase Penyalahgunaan Data (Zero Based Data Breach);reports;0;0;100,00\r
            """;

    @Test
    void reproducesEveryCellOfTable31AsJson() {
        JsonPath body = given().config(BIG_DECIMALS)
                .when().get(REPORT, Table31.YEAR)
                .then().statusCode(200)
                .contentType("application/json")
                .header("Vary", "Accept")
                .body("year", equalTo(2021))
                .body("objective", equalTo(Table31.OBJECTIVE))
                .body("rows", hasSize(7))
                .extract().jsonPath();
        for (int i = 0; i < Table31.ROWS.size(); i++) {
            Table31.Row expected = Table31.ROWS.get(i);
            String row = "rows[" + i + "].";
            assertEquals(expected.code(), body.getString(row + "indicator"));
            assertEquals(expected.name(), body.getString(row + "name"), expected.code());
            assertEquals(expected.unit(), body.getString(row + "unit"), expected.code());
            assertTrue(writtenAs(expected.target()).matches(body.get(row + "target")), expected.code() + " target");
            assertTrue(writtenAs(expected.realisation()).matches(body.get(row + "realisation")), expected.code() + " realisation");
            assertTrue(writtenAs(expected.percent()).matches(body.get(row + "achievementPercent")), expected.code() + " percent, "
                    + "got " + body.get(row + "achievementPercent"));
        }
    }

    @Test
    void reproducesTable31AsACsvFileByteForByte() {
        byte[] file = given().queryParam("format", "csv")
                .when().get(REPORT, Table31.YEAR)
                .then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Type", equalTo("text/csv; charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"karirhub-performance-report-2021.csv\""))
                .header("Vary", "Accept")
                .extract().asByteArray();
        assertEquals(CSV, new String(file, StandardCharsets.UTF_8));
        assertArrayEquals(CSV.getBytes(StandardCharsets.UTF_8), file);

        byte[] byAccept = given().accept("text/csv").when().get(REPORT, Table31.YEAR)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertArrayEquals(file, byAccept, "format=csv and Accept: text/csv give the same file");
    }

    @Test
    void writesTheExcelDialectWithByteOrderMark() {
        byte[] file = given().queryParam("format", "csv").queryParam("bom", "true")
                .when().get(REPORT, Table31.YEAR)
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"karirhub-performance-report-2021.csv\""))
                .extract().asByteArray();
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] text = EXCEL_CSV.getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, expected, 0, bom.length);
        System.arraycopy(text, 0, expected, bom.length, text.length);
        assertArrayEquals(expected, file);
    }

    @Test
    void printsEveryCellOfTable31AsAnHtmlPage() {
        String page = given().accept("text/html")
                .when().get(REPORT, Table31.YEAR)
                .then().statusCode(200)
                .header("Content-Type", equalTo("text/html; charset=UTF-8"))
                .header("Vary", "Accept")
                .header("Content-Disposition", nullValue())
                .extract().asString();
        assertTrue(page.startsWith("<!DOCTYPE html>"), "a complete page");
        assertTrue(page.contains("<html lang=\"id\">"));
        assertTrue(page.contains("Pengukuran Indikator Kinerja Pusat Pasar Kerja 2021"));
        assertTrue(page.contains(">" + Table31.OBJECTIVE + "</th>"), "the Sasaran Kegiatan spans the rows");
        for (String heading : List.of("Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Nilai Capaian IKK", "Target", "Realisasi",
                "Persen (%)")) {
            assertTrue(page.contains(">" + heading + "</th>"), heading);
        }

        List<String> order = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr data-indicator=\"([A-Z_]+)\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        while (rows.find()) {
            order.add(rows.group(1));
            Table31.Row expected = Table31.ROWS.stream().filter(r -> r.code().equals(rows.group(1))).findFirst().orElseThrow();
            String row = rows.group(2);
            assertEquals(expected.name(), cell(row, "td", null), expected.code() + " name");
            assertEquals(printed(expected.printedTarget(), expected.unitWord()), cell(row, "td", "figure target"),
                    expected.code() + " target");
            assertEquals(printed(expected.printedRealisation(), expected.unitWord()), cell(row, "td", "figure realisation"),
                    expected.code() + " realisation");
            assertEquals(printed(expected.printedPercent(), ""), cell(row, "td", "figure achievement"),
                    expected.code() + " percent");
        }
        assertEquals(Table31.ROWS.stream().map(Table31.Row::code).toList(), order, "the rows of Table 3.1, in its order");

        byte[] byFormat = given().queryParam("format", "html").when().get(REPORT, Table31.YEAR)
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), byFormat);
    }

    /** The cell's content with the figure and unit spans reduced to their text: "2.000.000 Orang". */
    private static String cell(String row, String tag, String cssClass) {
        String open = cssClass == null ? "<" + tag + ">" : "<" + tag + " class=\"" + cssClass + "\">";
        int start = row.indexOf(open);
        assertTrue(start >= 0, "no " + open + " in " + row);
        int end = row.indexOf("</" + tag + ">", start);
        return row.substring(start + open.length(), end);
    }

    private static String printed(String figure, String unitWord) {
        return "<span class=\"value\">" + figure + "</span>" + (unitWord.isEmpty() ? "" : " <span class=\"unit\">" + unitWord + "</span>");
    }
}
