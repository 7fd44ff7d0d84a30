package id.go.kemnaker.karirhub.stats.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * POST /api/v1/imports with region columns: Kode Wilayah, or Provinsi and Kabupaten/Kota written
 * as people write them; the rules of a breakdown (a region of the period, never above its parent,
 * one granularity per month in each region) answered as line errors; sums checked against the rows.
 */
@QuarkusTest
@OwnsYears({2033, 2034, 2035, 2036})
class RegionalImportTest {

    private static final int YEAR = TestYears.of(RegionalImportTest.class)[0];
    private static final int OTHER_YEAR = TestYears.of(RegionalImportTest.class)[1];
    private static final int THIRD_YEAR = TestYears.of(RegionalImportTest.class)[2];
    private static final int FOURTH_YEAR = TestYears.of(RegionalImportTest.class)[3];

    @Inject
    DataSource dataSource;

    @Inject
    CsvCountParser parser;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, RegionalImportTest.class).deleteOwnedYears();
    }

    private static ValidatableResponse importFile(String csv) {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports").then().log().ifValidationFails();
    }

    private static ValidatableResponse refused(String csv) {
        return importFile(csv).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-csv"));
    }

    private static List<String> regencyCodes(String province, int year) {
        return given().when().get("/api/v1/regions?level=regency&parent={province}&date={year}-06-30", province, year)
                .then().statusCode(200).extract().jsonPath().getList("code", String.class);
    }

    /** Counts listed by GET /api/v1/counts, added up per "category month week". */
    /** The listed counts of some regions (comma separated; "": national) added up per "category month week". */
    private static Map<String, Long> listedSums(int year, String regions) {
        List<Map<String, Object>> counts = given().when()
                .get("/api/v1/counts?year={year}" + (regions.isEmpty() ? "" : "&region=" + regions), year)
                .then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Long> sums = new TreeMap<>();
        for (Map<String, Object> count : counts) {
            sums.merge(count.get("category") + " " + count.get("month") + " " + count.get("week"),
                    ((Number) count.get("count")).longValue(), Long::sum);
        }
        return sums;
    }

    /** The stored sums of the regions under a parent (null: the provinces of the nation), per "category month week". */
    private Map<String, Long> storedRegionalSums(int year, String parent) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT category, month, week, amount FROM regional_sum "
                        + "WHERE year = ? AND parent_code IS NOT DISTINCT FROM ? AND week IS NOT NULL")) {
            select.setInt(1, year);
            select.setString(2, parent);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sums.put(rows.getString(1) + " " + rows.getInt(2) + " " + rows.getInt(3), rows.getLong(4));
                }
            }
        }
        return sums;
    }

    @Test
    void importsTheRegenciesOfTwoProvincesWhoseSumsMatchTheRows() throws SQLException {
        Map<String, List<String>> regencies = Map.of("32", regencyCodes("32", YEAR), "34", regencyCodes("34", YEAR));
        assertEquals(27, regencies.get("32").size());
        assertEquals(5, regencies.get("34").size());
        StringBuilder csv = new StringBuilder("Kategori;Tahun;Bulan;Minggu;Kode Wilayah;Jumlah\n");
        Map<String, Map<String, Long>> expected = new HashMap<>(); // province -> "category month week" -> sum
        int rows = 0;
        for (String category : List.of("JOB_SEEKER", "EMPLOYER")) {
            for (int month = 1; month <= 2; month++) {
                for (int week = 1; week <= 4; week++) {
                    String period = category + " " + month + " " + week;
                    long nation = 0;
                    for (String province : List.of("32", "34")) {
                        long sum = 0;
                        for (String regency : regencies.get(province)) {
                            long count = (regency.hashCode() % 50 + 50) * month + week;
                            // the code as analysts write it: 3273 and 32.73 alike
                            csv.append(category).append(';').append(YEAR).append(';').append(month).append(';').append(week)
                                    .append(';').append(rows % 2 == 0 ? regency : regency.replace(".", "")).append(';')
                                    .append(count).append('\n');
                            sum += count;
                            rows++;
                        }
                        expected.computeIfAbsent(province, p -> new TreeMap<>()).put(period, sum);
                        nation += sum;
                    }
                    expected.computeIfAbsent("", p -> new TreeMap<>()).put(period, nation);
                    // the national count, with users that have no location as the unallocated rest
                    csv.append(category).append(';').append(YEAR).append(';').append(month).append(';').append(week)
                            .append(";Nasional;").append(nation + 17).append('\n');
                    rows++;
                }
            }
        }
        importFile(csv.toString()).statusCode(200).body("created", equalTo(rows)).body("unchanged", equalTo(0));

        assertEquals(expected.get("32"), listedSums(YEAR, String.join(",", regencies.get("32"))));
        assertEquals(expected.get("34"), listedSums(YEAR, String.join(",", regencies.get("34"))));
        assertEquals(expected.get("32"), storedRegionalSums(YEAR, "32"));
        assertEquals(expected.get("34"), storedRegionalSums(YEAR, "34"));
        assertEquals(expected.get(""), storedRegionalSums(YEAR, null));
        Map<String, Long> national = listedSums(YEAR, "");
        expected.get("").forEach((period, sum) -> assertEquals(sum + 17, national.get(period), period));
        assertTrue(listedSums(YEAR, "32,34").isEmpty(), "no province counts were written, only regencies");

        // idempotent: the same file again changes nothing
        importFile(csv.toString()).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(rows));
        assertEquals(expected.get("32"), storedRegionalSums(YEAR, "32"));
    }

    @Test
    void resolvesProvinceAndRegencyNamesAsPeopleWriteThem() {
        importFile("Provinsi,Kabupaten/Kota,category,year,month,count\n"
                + "Jawa Barat,Kab. Bandung,JOB_SEEKER," + OTHER_YEAR + ",1,10\n"
                + " jawa  barat ,kota  bandung,JOB_SEEKER," + OTHER_YEAR + ",1,20\n"
                + "DKI Jakarta,,JOB_SEEKER," + OTHER_YEAR + ",1,30\n"
                + "D.I. Yogyakarta,,JOB_SEEKER," + OTHER_YEAR + ",1,40\n"
                + "Nasional,,JOB_SEEKER," + OTHER_YEAR + ",1,500\n")
                .statusCode(200).body("created", equalTo(5));
        given().when().get("/api/v1/counts?year={year}&region=32.04,32.73,31,34", OTHER_YEAR)
                .then().body("region", contains("31", "32.04", "32.73", "34")).body("count", contains(30, 10, 20, 40));
        given().when().get("/api/v1/counts?year={year}", OTHER_YEAR)
                .then().body("count", contains(500)).body("region", contains(nullValue()));
    }

    @Test
    void refusesAnAmbiguousNameSayingHowToDisambiguate() {
        refused("provinsi,kabupaten/kota,kategori,tahun,bulan,jumlah\n"
                + "Jawa Barat,Bandung,JOB_SEEKER," + OTHER_YEAR + ",1,10\n")
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].column", equalTo("kabupaten/kota"))
                .body("errors[0].value", equalTo("Bandung"))
                .body("errors[0].message", allOf(containsString("ambiguous"), containsString("'Kabupaten Bandung'"),
                        containsString("'Kota Bandung'")));
        given().when().get("/api/v1/counts?year={year}&region=32.04,32.73", OTHER_YEAR).then().body("", empty());
    }

    @Test
    void refusesARegionOutsideItsPeriodNamingLineColumnAndValue() {
        refused("category,year,month,week,count,Provinsi\n"
                + "JOB_SEEKER,2021,6,1,5,Nasional\n"
                + "JOB_SEEKER,2021,6,1,5,Papua Selatan\n"
                + "JOB_SEEKER,2021,6,2,5,Atlantis\n")
                .body("errors.line", contains(3, 4))
                .body("errors.column", contains("Provinsi", "Provinsi"))
                .body("errors.value", contains("Papua Selatan", "Atlantis"))
                .body("errors[0].message", allOf(containsString("Papua Selatan (93)"), containsString("valid from 2022-07-25")))
                .body("errors[1].message", containsString("not the name of a region"));
        given().when().get("/api/v1/counts?year=2021&region=93").then().statusCode(422);
    }

    @Test
    void acceptsARegionThatExistedOnSomeDayOfThePeriod() throws IOException {
        // Papua Selatan (93) exists from 2022-07-25: within week 4 of July 2022 (22-31), not within week 3 (15-21).
        // Parsed only: 2022 belongs to other tests.
        ParsedImport parsed = parser.parse(new ByteArrayInputStream(("category,year,month,week,count,Kode Wilayah\n"
                + "JOB_SEEKER,2022,7,4,5,93\n"
                + "JOB_SEEKER,2022,7,3,5,93\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new CsvCountParserTest.ImportRow(2, Category.JOB_SEEKER, 2022, 7, 4, 5, "93")),
                CsvCountParserTest.rows(parsed));
        assertEquals(1, parsed.errors().size());
        RowError error = parsed.errors().get(0);
        assertEquals(3, error.line());
        assertEquals("Kode Wilayah", error.column());
        assertEquals("93", error.value());
        assertTrue(error.message().contains("valid from 2022-07-25, not on 2022-07-15"), error.message());
    }

    @Test
    void refusesCodesAndNamesThatDisagreeOrAreNotCodes() {
        refused("Kode Wilayah,Provinsi,Kabupaten/Kota,category,year,month,count\n"
                + "32.73,Jawa Barat,Kota Bandung,JOB_SEEKER," + OTHER_YEAR + ",1,1\n"
                + "3204,Jawa Barat,Kota Bandung,JOB_SEEKER," + OTHER_YEAR + ",2,1\n"
                + "Bandung,,,JOB_SEEKER," + OTHER_YEAR + ",3,1\n"
                + "99,,,JOB_SEEKER," + OTHER_YEAR + ",4,1\n"
                + ",Kota Bandung,,JOB_SEEKER," + OTHER_YEAR + ",5,1\n"
                + ",Jawa Tengah,Kota Bandung,JOB_SEEKER," + OTHER_YEAR + ",6,1\n")
                .body("errors.line", contains(3, 4, 5, 6, 7))
                .body("errors[0].column", nullValue())
                .body("errors[0].message", equalTo("'Kode Wilayah' 3204 is Kabupaten Bandung (32.04) but the names give "
                        + "Kota Bandung (32.73); give the code or the names, or make them agree"))
                .body("errors[1].column", equalTo("Kode Wilayah"))
                .body("errors[1].message", startsWith("must be a Kemendagri code"))
                .body("errors[2].message", containsString("not a Kemendagri region code"))
                .body("errors[3].message", containsString("not a province"))
                .body("errors[4].column", equalTo("Kabupaten/Kota"))
                .body("errors[4].message", containsString("not in province 33"));
        given().when().get("/api/v1/counts?year={year}&region=32", OTHER_YEAR).then().body("", empty());
    }

    @Test
    void refusesTheSameRegionalKeyTwiceAndMixedGranularityWithinARegion() {
        refused("category,year,month,week,count,region\n"
                + "JOB_SEEKER," + OTHER_YEAR + ",3,1,5,32\n"
                + "JOB_SEEKER," + OTHER_YEAR + ",3,1,6,3273\n"
                + "JOB_SEEKER," + OTHER_YEAR + ",3,1,7,32.73\n"
                + "JOB_SEEKER," + OTHER_YEAR + ",3,,8,33\n"
                + "JOB_SEEKER," + OTHER_YEAR + ",3,2,9,Nasional\n"
                + "JOB_SEEKER," + OTHER_YEAR + ",3,,10,32\n")
                .body("errors.line", contains(4, 7))
                .body("errors[0].message", equalTo("duplicate of line 3"))
                .body("errors[1].message", containsString("line 2 already gives weeks for this month"));
    }

    @Test
    void refusesABreakdownAboveItsParentAsLineErrors() {
        importFile("category,year,month,week,count,region\n"
                + "EMPLOYER," + FOURTH_YEAR + ",4,1,100,Nasional\n"
                + "EMPLOYER," + FOURTH_YEAR + ",4,1,50,32\n").statusCode(200);
        refused("category,year,month,week,count,region\n"
                + "EMPLOYER," + FOURTH_YEAR + ",4,1,60,33\n")
                .body("detail", startsWith("1 line would make regional counts add up to more than their parent's count"))
                .body("errors.line", contains(2))
                .body("errors[0].column", nullValue())
                .body("errors[0].message", allOf(containsString("provinces add up to 110"), containsString("national count 100")));
        refused("category,year,month,week,count,region\n"
                + "EMPLOYER," + FOURTH_YEAR + ",4,1,20,32.73\n"
                + "EMPLOYER," + FOURTH_YEAR + ",4,1,40,32.04\n")
                .body("detail", startsWith("2 lines would make regional counts"))
                .body("errors.line", contains(2, 3))
                .body("errors[1].message", allOf(containsString("regencies of 32 add up to 60"), containsString("count of 32 50")));
        given().when().get("/api/v1/counts?year={year}&region=33,32.73,32.04", FOURTH_YEAR).then().body("", empty());
        // the same rows within a file: the national row and its breakdown together
        refused("category,year,month,week,count,region\n"
                + "PBK_TRAINING," + FOURTH_YEAR + ",5,,10,Nasional\n"
                + "PBK_TRAINING," + FOURTH_YEAR + ",5,,11,35\n")
                .body("errors.line", contains(2, 3))
                .body("errors[1].message", containsString("national count 10"));
    }

    @Test
    void keepsAGranularityConflictWithStoredCountsA409NamingTheLine() {
        importFile("category,year,month,week,count\nEMPLOYER," + THIRD_YEAR + ",6,,40\n").statusCode(200);
        // levels may differ: the nation gave June as a total, Jawa Barat gives its weeks
        importFile("category,year,month,week,count,region\nEMPLOYER," + THIRD_YEAR + ",6,1,5,32\n").statusCode(200);
        importFile("category,year,month,week,count,region\n"
                + "EMPLOYER," + THIRD_YEAR + ",7,1,5,32\n"
                + "EMPLOYER," + THIRD_YEAR + ",6,,5,32\n")
                .statusCode(409).contentType("application/problem+json")
                .body("errors.item", contains("line 3"))
                .body("errors[0].message", containsString("in region 32 already holds week counts (weeks 1)"));
        given().when().get("/api/v1/counts?year={year}&region=32", THIRD_YEAR).then().body("week", contains(1));
    }


    @Test
    void readsARegionColumnHeadedAsPeopleWriteItAndRefusesOneItDoesNotKnow() {
        for (String header : List.of("Kode_Wilayah", "Kode Wilayah\u00A0", "Kode\u200B Wilayah", "KODE  WILAYAH")) {
            importFile("category,year,month,count," + header + "\nPBK_TRAINING," + OTHER_YEAR + ",9,15,32\n").statusCode(200);
            given().when().get("/api/v1/counts?year={year}", OTHER_YEAR).then().body("", empty());
            given().when().get("/api/v1/counts?year={year}&region=32", OTHER_YEAR).then().body("count", contains(15));
            new CountsTable(dataSource, RegionalImportTest.class).deleteOwnedYears();
        }
        // a Cyrillic o, a misspelling: named, and nothing stored (neither regional nor national)
        for (String header : List.of("K\u043Ede Wilayah", "Kode Wilyah")) {
            refused("category,year,month,count," + header + "\nPBK_TRAINING," + OTHER_YEAR + ",9,15,32\n")
                    .body("errors", hasSize(1)).body("errors[0].line", equalTo(1)).body("errors[0].column", equalTo(header))
                    .body("errors[0].message", startsWith("is not a column the import knows"));
            given().when().get("/api/v1/counts?year={year}", OTHER_YEAR).then().body("", empty());
        }
    }

    @Test
    void aRowWithoutItsRegionIsAnErrorNotANationalRow() {
        refused("category,year,month,count,Kode Wilayah,Provinsi\n"
                + "PBK_TRAINING," + OTHER_YEAR + ",10,15,32,\n"
                + "PBK_TRAINING," + OTHER_YEAR + ",10,99,,\n"
                + "PBK_TRAINING," + OTHER_YEAR + ",11,15,,Jawa\u0000Barat\n"
                + "PBK_TRAINING," + OTHER_YEAR + ",12,15,Nasional,Jawa Barat\n")
                .body("errors.line", contains(3, 4, 5))
                .body("errors[0].column", equalTo("Kode Wilayah"))
                .body("errors[0].message", containsString("'Nasional' for a national row"))
                .body("errors[1].column", equalTo("Provinsi"))
                .body("errors[1].message", containsString("control character"))
                .body("errors[2].message", containsString("says national and names a region too"));
        given().when().get("/api/v1/counts?year={year}", OTHER_YEAR).then().body("", empty());
        importFile("category,year,month,count,Kode Wilayah,Provinsi\n"
                + "PBK_TRAINING," + OTHER_YEAR + ",10,15,32,\n"
                + "PBK_TRAINING," + OTHER_YEAR + ",10,99,nasional,\n").statusCode(200).body("created", equalTo(2));
        given().when().get("/api/v1/counts?year={year}", OTHER_YEAR).then().body("count", contains(99));
    }
}
