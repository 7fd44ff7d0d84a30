package id.go.kemnaker.karirhub.stats.datasets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * The Satu Data metadata of the datasets: the four blocks, coverage and dates from the stored
 * data and the audit trail, URLs that really serve the data, and the SDMX structures.
 */
@QuarkusTest
@OwnsYears({2047, 2098})
class DatasetResourceTest {

    private static final List<String> IDS = List.of("counts-job-seeker", "counts-employer", "counts-pbk-training",
            "counts-prakerja-training", "counts-vacancy", "facilitated-workers", "facilitated-workers-by-region", "service-users",
            "service-users-by-region", "vacancies-per-100-job-seekers", "job-seekers-by-characteristics", "vacancies-by-occupation",
            "register-job-seekers", "register-vacancies", "education-mismatch", "performance-report");
    private static final int YEAR = TestYears.of(DatasetResourceTest.class)[0];
    /** A year after every other test's, so that a count in it ends the coverage of its dataset. */
    private static final int LATE_YEAR = TestYears.of(DatasetResourceTest.class)[1];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, DatasetResourceTest.class).deleteOwnedYears();
    }

    private static void put(String path, long count) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(Map.of("count", count)).when().put(path).then().statusCode(201);
    }

    private static JsonPath dataset(String id) {
        return given().when().get("/api/v1/datasets/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** The first and last period of a category's counts, as /api/v1/counts lists them: 2021-01-W1, 2021-12. */
    private static List<String> countedSpan(String category) {
        List<Map<String, Object>> counts = given().when().get("/api/v1/counts?category={c}", category).then().statusCode(200)
                .extract().jsonPath().getList("$");
        Comparator<Map<String, Object>> order = Comparator.comparing((Map<String, Object> c) -> (Integer) c.get("year"))
                .thenComparing(c -> (Integer) c.get("month"))
                .thenComparing(c -> c.get("week") == null ? 0 : (Integer) c.get("week"));
        Map<String, Object> first = counts.stream().min(order).orElseThrow();
        Map<String, Object> last = counts.stream().max(order).orElseThrow();
        return List.of(periodId(first), periodId(last));
    }

    private static String periodId(Map<String, Object> count) {
        String month = String.format("%d-%02d", count.get("year"), count.get("month"));
        return count.get("week") == null ? month : month + "-W" + count.get("week");
    }

    @Test
    void listsEveryDatasetWithTheFourSatuDataBlocksInBothLanguages() {
        JsonPath all = given().when().get("/api/v1/datasets").then().statusCode(200)
                .header("ETag", not(emptyOrNullString())).extract().jsonPath();
        assertEquals(IDS, all.getList("id"));
        for (int i = 0; i < IDS.size(); i++) {
            String at = "[" + i + "].";
            for (String text : List.of("judul", "standarData.konsep", "standarData.definisi", "standarData.ukuran",
                    "standarData.satuan", "metadata.produsenData", "metadata.frekuensi.nama", "metadata.cakupanWilayah.nama",
                    "metadata.walidata.catatan", "metadata.lisensi.catatan")) {
                assertFalse(all.getString(at + text + ".id").isBlank(), IDS.get(i) + " " + text + " in Indonesian");
                assertFalse(all.getString(at + text + ".en").isBlank(), IDS.get(i) + " " + text + " in English");
            }
            boolean ipk = List.of("job-seekers-by-characteristics", "vacancies-by-occupation", "register-job-seekers",
                    "register-vacancies", "education-mismatch").contains(IDS.get(i));
            assertTrue(all.getString(at + "standarData.sumberDefinisi").startsWith(ipk ? "Standar Informasi Pasar Kerja (IPK)"
                    : "LAKIP 2021 Pusat Pasar Kerja"), IDS.get(i));
            assertEquals(IDS.get(i).endsWith("-by-region") ? "KEMENDAGRI_WILAYAH" : "ID",
                    all.getString(at + "metadata.cakupanWilayah.kode"), IDS.get(i));
            assertNull(all.getString(at + "metadata.walidata.nama"), "the seed names no walidata");
            assertFalse(all.getList(at + "kodeReferensi").isEmpty());
            assertFalse(all.getList(at + "interoperabilitas.distribusi").isEmpty());
            assertTrue(all.getLong(at + "dataVersion") > 0);
            for (String url : all.<String>getList(at + "interoperabilitas.distribusi.url")) { // with data or without
                URI uri = URI.create(url);
                given().when().get(uri.getRawPath() + "?" + uri.getRawQuery()).then().statusCode(200);
            }
        }
    }

    @Test
    void definitionsComeFromTheLakipOrSayItIsSilent() {
        JsonPath facilitated = dataset("facilitated-workers");
        assertEquals("Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja", facilitated.getString("standarData.konsep.id"));
        assertTrue(facilitated.getString("standarData.sumberDefinisi").contains("Tabel 3.3"));
        assertEquals("Orang", facilitated.getString("standarData.satuan.id"));
        assertEquals("mingguan", facilitated.getString("metadata.frekuensi.kode"));
        JsonPath users = dataset("service-users");
        assertEquals("Pengguna", users.getString("standarData.satuan.id"));
        assertTrue(users.getString("standarData.sumberDefinisi").contains("Tabel 3.4"));
        assertEquals("bulanan", users.getString("metadata.frekuensi.kode"));
        JsonPath pbk = dataset("counts-pbk-training");
        assertTrue(pbk.getString("standarData.definisi.id").startsWith("Sumber tidak mendefinisikan"));
        assertTrue(pbk.getString("standarData.definisi.en").startsWith("The source defines neither"));
        JsonPath report = dataset("performance-report");
        assertEquals("tahunan", report.getString("metadata.frekuensi.kode"));
        assertTrue(report.getString("standarData.sumberDefinisi").contains("BAB III.A"));
    }

    @Test
    void temporalCoverageIsTheFirstAndLastStoredPeriod() {
        for (String category : List.of("JOB_SEEKER", "EMPLOYER", "PRAKERJA_TRAINING")) {
            String id = "counts-" + category.toLowerCase().replace('_', '-');
            List<String> span = countedSpan(category);
            JsonPath view = dataset(id);
            assertEquals(span.get(0), view.getString("metadata.cakupanWaktu.periodeAwal"), id);
            assertEquals(span.get(1), view.getString("metadata.cakupanWaktu.periodeAkhir"), id);
        }
        JsonPath facilitated = dataset("facilitated-workers");
        List<String> jobSeekers = countedSpan("JOB_SEEKER");
        assertEquals(jobSeekers.get(0), facilitated.getString("metadata.cakupanWaktu.periodeAwal"));
        assertEquals(jobSeekers.get(1), facilitated.getString("metadata.cakupanWaktu.periodeAkhir"));
        // The LAKIP 2021 figures lie inside every coverage: Pra Kerja first reported in March 2021.
        assertTrue(dataset("counts-prakerja-training").getString("metadata.cakupanWaktu.tanggalAwal").compareTo("2021-03-01") <= 0);
        assertTrue(facilitated.getString("metadata.cakupanWaktu.tanggalAkhir").compareTo("2021-12-31") >= 0);
    }

    @Test
    void aWriteMovesCoverageAndUpdatedDateOfItsDatasetsOnly() {
        String token = Tokens.bearer(Roles.DATA_OFFICER);
        JsonPath employerBefore = dataset("counts-employer");
        JsonPath pbkBefore = dataset("counts-pbk-training");
        String etag = given().when().get("/api/v1/datasets/counts-employer").then().extract().header("ETag");
        Instant before = Instant.now();
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"count\":777}")
                .when().put("/api/v1/counts/EMPLOYER/" + LATE_YEAR + "/5").then().statusCode(201);
        try {
            JsonPath employer = dataset("counts-employer");
            assertEquals(countedSpan("EMPLOYER").get(1), employer.getString("metadata.cakupanWaktu.periodeAkhir"));
            assertTrue(employer.getString("metadata.cakupanWaktu.periodeAkhir").compareTo(LATE_YEAR + "-05") >= 0);
            Instant updated = Instant.parse(employer.getString("metadata.tanggalDiperbarui"));
            assertFalse(updated.isBefore(before.minusSeconds(1)), "updated " + updated + " is the write's time");
            assertEquals(employerBefore.getString("metadata.tanggalDibuat"), employer.getString("metadata.tanggalDibuat"));
            assertEquals(pbkBefore.getString("metadata.tanggalDiperbarui"),
                    dataset("counts-pbk-training").getString("metadata.tanggalDiperbarui"), "another category's dataset");
            assertTrue(Instant.parse(dataset("service-users").getString("metadata.tanggalDiperbarui")).equals(updated),
                    "IKK 6 adds up employers too");
            given().header("If-None-Match", etag).when().get("/api/v1/datasets/counts-employer").then().statusCode(200);
        } finally {
            given().header("Authorization", token).when().delete("/api/v1/counts/EMPLOYER/" + LATE_YEAR + "/5").then().statusCode(204);
        }
        assertNotEquals(LATE_YEAR + "-05", dataset("counts-employer").getString("metadata.cakupanWaktu.periodeAkhir"));
    }

    @Test
    void everyDistributionUrlServesWhatItSays() {
        List<Map<String, String>> distributions = given().when().get("/api/v1/datasets").then().statusCode(200)
                .extract().jsonPath().getList("interoperabilitas.distribusi.flatten()");
        assertTrue(distributions.size() > 20);
        for (Map<String, String> distribution : distributions) {
            URI url = URI.create(distribution.get("url"));
            String type = given().when().get(url.getRawPath() + "?" + url.getRawQuery()).then().statusCode(200)
                    .extract().contentType();
            String expected = distribution.get("mediaType").replace(";version=2.0.0", "");
            assertTrue(type.startsWith(expected), distribution.get("url") + " answers " + type);
        }
    }

    /**
     * The landing page (the catalogue's dcat:landingPage) is the same metadata for people: asked
     * for by format=html or by a browser's Accept, with every distribution a link, cached and
     * conditional like the JSON; any other format is a 400 problem.
     */
    @Test
    void servesTheLandingPageForPeopleAsHtml() {
        JsonPath view = dataset("facilitated-workers");
        String page = given().when().get("/api/v1/datasets/{id}?format=html", "facilitated-workers").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"id\">"), page);
        for (String text : List.of(view.getString("judul.id"), view.getString("judul.en"), view.getString("standarData.definisi.en"),
                view.getString("metadata.lisensi.nama"))) {
            assertTrue(page.contains(text), text);
        }
        for (String url : view.<String>getList("interoperabilitas.distribusi.url")) {
            assertTrue(page.contains("<a href=\"" + url.replace("&", "&amp;") + "\">"), url);
        }
        assertTrue(page.contains("<a href=\"" + view.getString("metadata.lisensi.url") + "\">"));
        assertTrue(page.contains("<a href=\"" + view.getString("url") + "\">"), "links its JSON");

        String browser = given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/api/v1/datasets/{id}", "facilitated-workers").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Vary", containsString("Accept")).extract().header("ETag");
        assertNotEquals(given().when().get("/api/v1/datasets/{id}", "facilitated-workers").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().header("ETag"), browser, "HTML and JSON differ");
        given().header("If-None-Match", browser).when().get("/api/v1/datasets/{id}?format=html", "facilitated-workers")
                .then().statusCode(304);

        for (String id : IDS) { // with or without data, every dataset has its page
            given().when().get("/api/v1/datasets/{id}?format=html", id).then().statusCode(200).contentType(startsWith("text/html"))
                    .body(containsString("<h1>" + dataset(id).getString("judul.id").replace("&", "&amp;") + "</h1>"));
        }
        given().when().get("/api/v1/datasets/{id}?format=csv", "facilitated-workers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"))
                .body("detail", containsString("json, html"));
        given().accept("text/csv").when().get("/api/v1/datasets/{id}", "facilitated-workers").then().statusCode(406)
                .contentType("application/problem+json");
        given().when().get("/api/v1/datasets/{id}?format=html", "no-such-dataset").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void codeListsAreDereferenceable() {
        JsonPath users = dataset("service-users");
        for (Map<String, String> list : users.<Map<String, String>>getList("kodeReferensi")) {
            URI url = URI.create(list.get("url"));
            given().when().get(url.getRawPath()).then().statusCode(200);
        }
    }

    @Test
    void structureListsTheCodesItsSdmxCsvUses() {
        JsonPath structure = given().when().get("/api/v1/datasets/{id}/structure", "service-users").then().statusCode(200)
                .body("dataflow", equalTo("KEMNAKER:DF_KARIRHUB(2.0.0)"))
                .body("dimensions.id", equalTo(List.of("FREQ", "REF_AREA", "INDICATOR", "CATEGORY", "SEX", "AGE", "EDU", "OCU",
                        "TIME_PERIOD")))
                .body("dimensions[4].codes.id", equalTo(List.of("_T"))) // a dataset of wholes: every part is the total
                .body("measures.id", equalTo(List.of("OBS_VALUE")))
                .body("attributes.id", equalTo(List.of("OBS_STATUS", "COMPLETE")))
                .body("dimensions[1].codes.id", equalTo(List.of("ID")))
                .body("dimensions[2].codes.id", equalTo(List.of("SERVICE_USERS")))
                .body("dimensions[3].codes.id", hasItems("JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING", "_T"))
                .extract().jsonPath();
        URI data = URI.create(structure.getString("data"));
        String csv = given().when().get(data.getRawPath() + "?" + data.getRawQuery()).then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        for (int column = 3; column <= 10; column++) {
            Set<String> codes = new HashSet<>(structure.getList("dimensions[" + (column - 3) + "].codes.id"));
            for (int i = 1; i < lines.length; i++) {
                String code = lines[i].split(",", -1)[column];
                assertTrue(codes.contains(code), "code " + code + " of column " + column + " is in the structure");
            }
        }
        given().when().get("/api/v1/datasets/{id}/structure", "counts-employer").then().statusCode(200)
                .body("dimensions[2].codes.id", equalTo(List.of("_Z")))
                .body("dimensions[3].codes.id", equalTo(List.of("EMPLOYER")))
                .body("dimensions[0].codes.id", equalTo(List.of("A", "Q", "M")));
    }

    @Test
    void unknownDatasetsAndTheReportStructureAre404Problems() {
        given().when().get("/api/v1/datasets/{id}", "no-such-dataset").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:not-found"))
                .body("detail", containsString("facilitated-workers"));
        given().when().get("/api/v1/datasets/{id}/structure", "performance-report").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("not published as SDMX-CSV"));
        given().when().get("/api/v1/datasets/{id}", "performance-report").then().statusCode(200)
                .body("interoperabilitas.strukturSdmx", nullValue());
    }

    @Test
    void metadataIsCachedAndConditional() {
        String etag = given().when().get("/api/v1/datasets/facilitated-workers").then().statusCode(200)
                .header("Cache-Control", startsWith("max-age=")).header("Last-Modified", not(emptyOrNullString()))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/datasets/facilitated-workers").then().statusCode(304);
        given().when().get("/api/v1/datasets/facilitated-workers").then().statusCode(200)
                .body("dataVersion", greaterThan(0))
                .body("url", startsWith("http://"));
    }

    @Test
    void byRegionDatasetsCoverTheRegionalCountsAndNationalOnesIgnoreThem() {
        JsonPath nationalBefore = dataset("facilitated-workers");
        String etag = given().when().get("/api/v1/datasets/facilitated-workers-by-region").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/datasets/facilitated-workers-by-region").then().statusCode(304);
        put("/api/v1/counts/JOB_SEEKER/" + YEAR + "/3/weeks/2", 1000);
        long kotaBandung = 120;
        long bandungBarat = 80;
        put("/api/v1/counts/JOB_SEEKER/" + YEAR + "/3/weeks/2?region=32.73", kotaBandung);
        put("/api/v1/counts/JOB_SEEKER/" + YEAR + "/3/weeks/2?region=32.17", bandungBarat);
        put("/api/v1/counts/JOB_SEEKER/" + YEAR + "/3/weeks/3?region=33", 300);
        given().header("If-None-Match", etag).when().get("/api/v1/datasets/facilitated-workers-by-region").then().statusCode(200);

        JsonPath regional = dataset("facilitated-workers-by-region");
        assertEquals("KEMENDAGRI_WILAYAH", regional.getString("metadata.cakupanWilayah.kode"));
        assertEquals(List.of("provinsi", "kabupaten/kota"), regional.getList("metadata.cakupanWilayah.tingkat"));
        assertTrue(regional.getString("metadata.cakupanWilayah.daftarKode").endsWith("/api/v1/regions"));
        // Coverage from the regional counts: no other test leaves regional counts, so they are exactly ours.
        assertEquals(YEAR + "-03-W2", regional.getString("metadata.cakupanWaktu.periodeAwal"));
        assertEquals(YEAR + "-03-W3", regional.getString("metadata.cakupanWaktu.periodeAkhir"));
        assertTrue(regional.getString("standarData.sumberDefinisi").contains("Indikator Kinerja Kegiatan 5"));
        assertEquals("Wilayah: provinsi dan kabupaten/kota (kode wilayah Kemendagri)",
                regional.getString("standarData.klasifikasi[-1].id"));
        // The national dataset reads national counts only: the national week moves it, the regional one (week 3) does not.
        JsonPath national = dataset("facilitated-workers");
        assertEquals(nationalBefore.getString("metadata.cakupanWaktu.periodeAwal"), national.getString("metadata.cakupanWaktu.periodeAwal"));
        assertNotEquals(YEAR + "-03-W3", national.getString("metadata.cakupanWaktu.periodeAkhir"));

        Map<String, String> regions = regional.<Map<String, String>>getList("kodeReferensi").stream()
                .filter(list -> list.get("kode").equals("KEMENDAGRI_WILAYAH")).findFirst().orElseThrow();
        assertFalse(regions.get("versi").isBlank());
        assertTrue(regions.get("sumber").contains("Kepmendagri No 300.2.2-2138 Tahun 2025"));
        given().when().get(URI.create(regions.get("url")).getRawPath()).then().statusCode(200);
        assertTrue(regional.<String>getList("kodeReferensi.kode").stream().noneMatch("CL_AREA"::equals));

        List<String> urls = regional.getList("interoperabilitas.distribusi.url");
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/api/v1/statistics/facilitated-workers/by-region?year=" + YEAR
                + "&level=province")), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/api/v1/statistics/facilitated-workers?year=" + YEAR
                + "&region=32&format=sdmx-csv")), urls.toString());

        JsonPath structure = given().when().get("/api/v1/datasets/{id}/structure", "facilitated-workers-by-region").then()
                .statusCode(200).body("dimensions[1].codeList", equalTo("KEMENDAGRI_WILAYAH"))
                .body("dimensions[1].codes", nullValue())
                .body("dimensions[1].codeListVersion", equalTo(regions.get("versi")))
                .extract().jsonPath();
        URI data = URI.create(structure.getString("data"));
        String csv = given().when().get(data.getRawPath() + "?" + data.getRawQuery()).then().statusCode(200).extract().asString();
        // Jawa Barat stored nothing itself: its week is the sum of the two regencies that reported, not complete.
        assertTrue(csv.contains("W,32,FACILITATED_WORKERS,_T,_T,_T,_T,_T," + YEAR + "-03-08/P7D," + (kotaBandung + bandungBarat) + ",A,false"), csv);
        assertTrue(csv.contains("M,32,FACILITATED_WORKERS,_T,_T,_T,_T,_T," + YEAR + "-03," + (kotaBandung + bandungBarat) + ",A,false"), csv);
        assertTrue(csv.lines().skip(1).allMatch(line -> line.split(",", -1)[4].equals("32")), "every REF_AREA is 32");
        given().when().get("/api/v1/regions/{code}", "32.73").then().statusCode(200);
    }

    @Test
    void vacanciesAndTheRatioAreDescribedWithWhatTheSeedSays() {
        JsonPath vacancies = dataset("counts-vacancy");
        assertEquals("Lowongan", vacancies.getString("standarData.satuan.id"));
        assertTrue(vacancies.getString("standarData.definisi.id").startsWith("Sumber tidak mendefinisikan lowongan kerja"));
        assertTrue(vacancies.getString("standarData.sumberDefinisi").contains("Gambar 3.11"));
        JsonPath ratio = dataset("vacancies-per-100-job-seekers");
        assertTrue(ratio.getString("standarData.definisi.id").startsWith("Sumber tidak memuat rasio ini"));
        assertTrue(ratio.getString("standarData.definisi.en").contains("HALF_UP"));
        assertEquals("ID", ratio.getString("metadata.cakupanWilayah.kode"));
        // Ratio coverage is where both sides are counted.
        put("/api/v1/counts/JOB_SEEKER/" + YEAR + "/2", 400);
        put("/api/v1/counts/VACANCY/" + YEAR + "/2", 50);
        JsonPath after = dataset("vacancies-per-100-job-seekers");
        assertTrue(after.getString("metadata.cakupanWaktu.tanggalAkhir").compareTo(YEAR + "-02-28") >= 0);
        List<String> urls = after.getList("interoperabilitas.distribusi.url");
        assertTrue(urls.stream().anyMatch(u -> u.contains("/api/v1/series?indicator=VACANCIES_PER_100_JOB_SEEKERS")), urls.toString());
        String csv = given().when().get("/api/v1/series?indicator=VACANCIES_PER_100_JOB_SEEKERS&from={y}-02&to={y}-02"
                + "&interval=month&format=sdmx-csv", YEAR, YEAR).then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",M,ID,VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,_T,_T," + YEAR + "-02,12.50,A,true"), csv);
        given().when().get("/api/v1/datasets/{id}/structure", "vacancies-per-100-job-seekers").then().statusCode(200)
                .body("dimensions[2].codes.id", equalTo(List.of("VACANCIES_PER_100_JOB_SEEKERS")))
                .body("dimensions[3].codes.id", equalTo(List.of("_Z")));
        given().when().get("/api/v1/datasets/{id}/structure", "service-users").then().statusCode(200)
                .body("dimensions[3].codes.id", not(hasItems("VACANCY")));
    }

    @Test
    void theIpkTablesNameTheirDimensionsAndTheReadsThatServeThem() {
        Map<String, Object> whole = Map.of("category", "JOB_SEEKER", "year", LATE_YEAR, "month", 6, "count", 100);
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(whole, Map.of("category", "JOB_SEEKER", "year", LATE_YEAR, "month", 6, "count", 60, "sex", "L"),
                        Map.of("category", "JOB_SEEKER", "year", LATE_YEAR, "month", 6, "count", 30, "sex", "P"),
                        Map.of("category", "JOB_SEEKERS_REMAINING", "year", LATE_YEAR, "month", 6, "count", 500)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);

        JsonPath parts = dataset("job-seekers-by-characteristics");
        assertEquals(List.of("SEX", "AGE_GROUP", "EDUCATION"), parts.<String>getList("kodeReferensi.kode").subList(0, 3));
        assertTrue(parts.getString("standarData.sumberDefinisi").contains("KEP.268/PPTK/XII/2012"));
        assertEquals(LATE_YEAR + "-06", parts.getString("metadata.cakupanWaktu.periodeAkhir"));
        List<String> urls = parts.getList("interoperabilitas.distribusi.url");
        assertEquals(List.of("JSON", "CSV", "SDMX-CSV"), parts.getList("interoperabilitas.distribusi.format"));
        assertTrue(urls.get(0).endsWith("/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=" + LATE_YEAR
                + "&month=6&by=sex"), urls.toString());
        for (String url : urls) {
            URI uri = URI.create(url);
            given().when().get(uri.getRawPath() + "?" + uri.getRawQuery()).then().statusCode(200);
        }
        URI sdmx = URI.create(urls.get(2));
        String csv = given().when().get(sdmx.getRawPath() + "?" + sdmx.getRawQuery()).then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",_Z,JOB_SEEKER,M,_T,_T,_T," + LATE_YEAR + "-06,60,A,"), csv);
        assertTrue(csv.contains(",_Z,JOB_SEEKER,_U,_T,_T,_T," + LATE_YEAR + "-06,10,A,"), csv);
        given().when().get("/api/v1/datasets/{id}/structure", "job-seekers-by-characteristics").then().statusCode(200)
                .body("dimensions.id", equalTo(List.of("FREQ", "REF_AREA", "INDICATOR", "CATEGORY", "SEX", "AGE", "EDU", "OCU",
                        "TIME_PERIOD")))
                .body("dimensions[3].codes.id", equalTo(List.of("JOB_SEEKER")))
                .body("dimensions[4].codes.id", equalTo(List.of("_T", "M", "F", "_U")))
                .body("dimensions[5].codes.id", hasItems("_T", "Y15T24", "Y15T19", "Y_GE60", "_U"))
                .body("dimensions[6].codes.id", hasItems("_T", "SMA", "SMK", "S1", "_U"))
                .body("dimensions[6].codes.find { it.id == 'SMK' }.nameEn", containsString("ISCED 2011 level 3"))
                .body("dimensions[7].codes.id", equalTo(List.of("_T")));

        JsonPath register = dataset("register-job-seekers");
        assertEquals(LATE_YEAR + "-06", register.getString("metadata.cakupanWaktu.periodeAkhir"));
        List<String> registerUrls = register.getList("interoperabilitas.distribusi.url");
        assertEquals(List.of("JSON", "CSV", "SDMX-CSV"), register.getList("interoperabilitas.distribusi.format"));
        assertTrue(registerUrls.get(0).endsWith("/api/v1/statistics/register-balance?registerId=job-seekers&year=" + LATE_YEAR));
        URI balance = URI.create(registerUrls.get(0));
        given().when().get(balance.getRawPath() + "?" + balance.getRawQuery()).then().statusCode(200)
                .body("months[5].closing", equalTo(500));
        // as SDMX-CSV, the register is the series of its four categories month by month, the stock as reported
        URI series = URI.create(registerUrls.get(2));
        String flows = given().when().get(series.getRawPath() + "?" + series.getRawQuery()).then().statusCode(200).extract()
                .asString();
        assertTrue(flows.contains(",ID,_Z,JOB_SEEKERS_REMAINING,_T,_T,_T,_T," + LATE_YEAR + "-06,500,A,"), flows);
        given().when().get("/api/v1/datasets/{id}/structure", "register-job-seekers").then().statusCode(200)
                .body("dimensions[3].codes.id", equalTo(List.of("JOB_SEEKER", "JOB_SEEKER_PLACED", "JOB_SEEKER_REMOVED",
                        "JOB_SEEKERS_REMAINING")));
        // the mismatch table: its four breakdowns (INDICATOR _Z) and two ratios per 100 (CATEGORY _Z), by education
        given().when().get("/api/v1/datasets/{id}/structure", "education-mismatch").then().statusCode(200)
                .body("dimensions[0].codes.id", equalTo(List.of("A", "M")))
                .body("dimensions[2].codes.id", equalTo(List.of("_Z", "VACANCIES_PER_100_JOB_SEEKERS",
                        "REMAINING_VACANCIES_PER_100_JOB_SEEKERS")))
                .body("dimensions[3].codes.id", equalTo(List.of("JOB_SEEKER", "VACANCY", "JOB_SEEKERS_REMAINING",
                        "VACANCIES_REMAINING", "_Z")))
                .body("dimensions[6].id", equalTo("EDU")).body("dimensions[6].codes.id", hasItems("_T", "SMK", "S1", "_U"))
                .body("measures[0].format", containsString("decimal number, 2 decimals"));

        JsonPath mismatch = dataset("education-mismatch");
        assertEquals(List.of("JSON", "CSV", "SDMX-CSV"), mismatch.getList("interoperabilitas.distribusi.format"));
        List<String> mismatchUrls = mismatch.getList("interoperabilitas.distribusi.url");
        URI table = URI.create(mismatchUrls.get(0));
        assertTrue(table.getRawQuery().equals("year=" + LATE_YEAR + "&month=6"), table.toString());
        given().when().get(table.getRawPath() + "?" + table.getRawQuery()).then().statusCode(200);
        URI mismatchSdmx = URI.create(mismatchUrls.get(2));
        assertEquals("year=" + LATE_YEAR + "&month=6&format=sdmx-csv", mismatchSdmx.getRawQuery());
        assertTrue(given().when().get(mismatchSdmx.getRawPath() + "?" + mismatchSdmx.getRawQuery()).then().statusCode(200)
                .extract().asString().contains(",VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,_T,_T," + LATE_YEAR + "-06,"));
    }
}
