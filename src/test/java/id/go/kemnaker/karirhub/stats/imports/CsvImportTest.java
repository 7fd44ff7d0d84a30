package id.go.kemnaker.karirhub.stats.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.indicators.IndicatorTables;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** POST /api/v1/imports over HTTP: the Excel formats, all or nothing, idempotence, limits. */
@QuarkusTest
@OwnsYears({2084, 2085, 2088})
class CsvImportTest {

    private static final int YEAR = TestYears.of(CsvImportTest.class)[0];
    private static final int OTHER_YEAR = TestYears.of(CsvImportTest.class)[1];
    private static final int THIRD_YEAR = TestYears.of(CsvImportTest.class)[2];
    private static final String[] CATEGORIES = { "JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING" };

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, CsvImportTest.class).deleteOwnedYears();
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER));
    }

    private static RequestSpecification auditor() {
        return given().header("Authorization", Tokens.bearer(Roles.AUDITOR));
    }

    /** Indonesian Excel: BOM, semicolons, CRLF, quotes, labels, month names, Roman weeks, thousands dots, "-". */
    private static byte[] indonesianExcelFile() {
        String csv = "\uFEFFBulan;Kategori;Tahun;Minggu;Jumlah;Catatan\r\n"
                + "Januari;Pencari Kerja Aktif;" + YEAR + ";I;3.770;\"Minggu I; awal tahun\"\r\n"
                + "januari;pencari  kerja aktif;" + YEAR + ";II;3.142;\r\n"
                + "Januari;JOB_SEEKER;" + YEAR + ";3;1.985;\r\n"
                + "Januari;Pencari Kerja Aktif;" + YEAR + ";IV;2237;\r\n"
                + "Februari;Pemberi Kerja;" + YEAR + ";;1.361;\r\n"
                + "Februari;Pelatihan PBK;" + YEAR + ";;\"9.169\";\r\n"
                + "Februari;Pelatihan Pra Kerja;" + YEAR + ";;-;belum dilaporkan\r\n"
                + "Maret;Pelatihan Pra Kerja;" + YEAR + ";;1.040.746;\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsAnIndonesianExcelExport() {
        officer().contentType("text/csv").body(indonesianExcelFile()).when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("created", equalTo(7)).body("updated", equalTo(0)).body("unchanged", equalTo(0)).body("skipped", equalTo(1));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().body("months[0].weeks.count", contains(3770, 3142, 1985, 2237)).body("total", equalTo(11_134));
        given().when().get("/api/v1/statistics/service-users?year={year}", YEAR)
                .then().body("months[1].byCategory.EMPLOYER", equalTo(1361))
                .body("months[1].byCategory.PBK_TRAINING", equalTo(9169))
                .body("months[1].byCategory.PRAKERJA_TRAINING", equalTo(null))
                .body("months[2].byCategory.PRAKERJA_TRAINING", equalTo(1_040_746));
    }

    @Test
    void importsEnglishHeadersInAnotherOrderAsAnUploadedFile() {
        String csv = "count,week,month,year,category\n10,,1," + YEAR + ",EMPLOYER\n20,1,1," + YEAR + ",PBK_TRAINING\n";
        String importId = officer().multiPart("file", "karirhub-januari.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/imports")
                .then().statusCode(200).body("created", equalTo(2)).extract().path("importId");
        auditor().when().get("/api/v1/audit?year={year}", YEAR)
                .then().body("entries.findAll { it.channel == 'import:" + importId + "' }.category",
                        contains("EMPLOYER", "PBK_TRAINING"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        long start = new IndicatorTables(dataSource).lastAuditId();
        officer().contentType("text/csv").body(indonesianExcelFile()).when().post("/api/v1/imports").then().statusCode(200);
        auditor().when().get("/api/v1/audit?after={start}", start).then().body("entries", hasSize(7));
        long afterFirst = new IndicatorTables(dataSource).lastAuditId();
        officer().contentType("text/csv").body(indonesianExcelFile()).when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(7)).body("skipped", equalTo(1));
        auditor().when().get("/api/v1/audit?after={after}", afterFirst).then().body("entries", empty());
    }

    @Test
    void storesNothingAndListsEveryBadRowWhenSomeRowsAreBad() {
        StringBuilder csv = new StringBuilder("kategori,tahun,bulan,minggu,jumlah\n");
        List<Integer> badLines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < 500; i++) {
            line++;
            // 500 distinct keys: 192 per year (4 categories x 12 months x 4 weeks) over three years
            String key = CATEGORIES[i % 4] + "," + new int[] { YEAR, OTHER_YEAR, THIRD_YEAR }[i / 192] + "," + (i / 4 % 12 + 1)
                    + "," + (i / 48 % 4 + 1);
            if (i == 17 || i == 250 || i == 499) {
                csv.append(key).append(",\"12,5\"\n"); // a decimal count
                badLines.add(line);
            } else {
                csv.append(key).append(',').append(i).append('\n');
            }
        }
        officer().contentType("text/csv").body(csv.toString()).when().post("/api/v1/imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-csv"))
                .body("errors.line", contains(badLines.toArray()))
                .body("detail", startsWith("3 lines have problems; nothing was stored."));
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", empty());
        given().when().get("/api/v1/counts?year={year}", OTHER_YEAR).then().body("", empty());
        given().when().get("/api/v1/counts?year={year}", THIRD_YEAR).then().body("", empty());
    }

    @Test
    void reportsEachRejectionReasonWithLineColumnAndValue() {
        String csv = "kategori;tahun;bulan;minggu;jumlah\n"
                + "Guru;" + YEAR + ";Januari;I;1\n"
                + "Pemberi Kerja;1999;Januari;;1\n"
                + "Pemberi Kerja;" + YEAR + ";Juni-Juli;;1\n"
                + "Pencari Kerja Aktif;" + YEAR + ";Maret;V;1\n"
                + "Pemberi Kerja;" + YEAR + ";April;;1.04.746\n"
                + "Pemberi Kerja;" + YEAR + ";Mei;;-5\n"
                + "Pemberi Kerja;" + YEAR + ";Juni;;1\n"
                + "Pemberi Kerja;" + YEAR + ";Juni;;2\n";
        officer().contentType("text/csv").body(csv).when().post("/api/v1/imports")
                .then().statusCode(422)
                .body("errors.line", contains(2, 3, 4, 5, 6, 7, 9))
                .body("errors.column", contains("kategori", "tahun", "bulan", "minggu", "jumlah", "jumlah", null))
                .body("errors.value", contains("Guru", "1999", "Juni-Juli", "V", "1.04.746", "-5", null))
                .body("errors[1].message", equalTo("must be an integer from 2000 to 2099"));
    }

    @Test
    void refusesAFileWithoutAHeader() {
        officer().contentType("text/csv").body("").when().post("/api/v1/imports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-csv"))
                .body("detail", startsWith("The file holds no rows; it needs a header row"))
                .body("errors.message", contains("no header row and no data"));
        officer().contentType("text/csv").body("JOB_SEEKER," + YEAR + ",1,1,5\n").when().post("/api/v1/imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-csv"))
                .body("errors.line", everyItem(equalTo(1)))
                .body("errors.message", contains("missing column 'category' (or 'kategori')", "missing column 'year' (or 'tahun')",
                        "missing column 'month' (or 'bulan')", "missing column 'count' (or 'jumlah')"));
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", empty());
    }

    @Test
    void refusesRowsThatConflictWithStoredData() {
        officer().contentType("text/csv").body("category,year,month,week,count\nEMPLOYER," + YEAR + ",6,,40\n")
                .when().post("/api/v1/imports").then().statusCode(200);
        officer().contentType("text/csv").body("category,year,month,week,count\nJOB_SEEKER," + YEAR + ",6,1,5\nEMPLOYER," + YEAR
                        + ",6,2,5\n")
                .when().post("/api/v1/imports")
                .then().statusCode(409).body("errors.item", contains("line 3"));
        given().when().get("/api/v1/counts?category=JOB_SEEKER&year={year}", YEAR).then().body("", empty());
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        officer().contentType("text/csv").body(huge).when().post("/api/v1/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:too-large"))
                .body("status", equalTo(413));
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", empty());
    }

    // --- Rows against each other: the writer's rules, answered as line errors of the file --------------

    private static io.restassured.response.ValidatableResponse importCsv(String csv) {
        return officer().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports")
                .then().contentType("application/problem+json");
    }

    @Test
    void rejectsRepeatedPeriodNamingTheFirstLine() {
        importCsv("category,year,month,week,count\n"
                + "JOB_SEEKER," + YEAR + ",1,1,5\n"
                + "EMPLOYER," + YEAR + ",1,1,5\n"
                + "Pencari Kerja Aktif," + YEAR + ",Januari,I,6\n"
                + "JOB_SEEKER," + YEAR + ",2,,7\n"
                + "JOB_SEEKER," + YEAR + ",Feb,,8\n")
                .statusCode(422).body("type", equalTo("urn:karirhub:problem:invalid-csv"))
                .body("errors.line", contains(4, 6))
                .body("errors.column", contains(nullValue(), nullValue()))
                .body("errors.value", contains(nullValue(), nullValue()))
                .body("errors.message", contains("duplicate of line 2", "duplicate of line 5"));
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", hasSize(0));
    }

    @Test
    void rejectsMonthTotalAfterWeeksOfTheSameMonth() {
        importCsv("category,year,month,week,count\n"
                + "JOB_SEEKER," + YEAR + ",3,1,5\n"
                + "JOB_SEEKER," + YEAR + ",3,2,5\n"
                + "JOB_SEEKER," + YEAR + ",3,,10\n")
                .statusCode(422).body("errors.line", contains(4))
                .body("errors.message", contains("line 2 already gives weeks for this month; give weeks or a month total, not both"));
    }

    @Test
    void rejectsWeeksAfterMonthTotalOfTheSameMonth() {
        importCsv("category,year,month,week,count\n"
                + "JOB_SEEKER," + YEAR + ",3,,10\n"
                + "EMPLOYER," + YEAR + ",3,1,5\n"
                + "JOB_SEEKER," + YEAR + ",3,1,5\n")
                .statusCode(422).body("errors.line", contains(4))
                .body("errors.message", contains("line 2 already gives a month total for this month; give weeks or a month total, "
                        + "not both"));
    }

}
