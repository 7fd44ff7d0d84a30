package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.restassured.response.Response;

/**
 * Every read that computes figures, byte for byte as the service answered it before the
 * redesign of issue 21: the LAKIP 2021 answers from the seed, and the answers of a regional
 * year loaded here (provinces and regencies, weeks and month totals, complete and partial
 * sums, a province that stored its own figure, a multi-region area). The expected bytes are
 * files under {@code src/test/resources/answers/}, recorded from the service at bb6eeff with
 * {@code -Dkarirhub.answers.record=true}; only the data version differs between databases, so
 * it is written there as {@code {dataVersion}} (read from the answer's ETag), and the moment
 * of that version, which the performance report shows, as {@code {dataAsOf}}.
 */
@QuarkusTest
@OwnsYears({2023})
class UnchangedAnswersTest {

    private static final int YEAR = TestYears.of(UnchangedAnswersTest.class)[0];
    private static final boolean RECORD = Boolean.getBoolean("karirhub.answers.record");
    private static final Path RECORDED = Path.of("src", "test", "resources", "answers");
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    private static final String SDMX = "application/vnd.sdmx.data+csv";
    private static final String HTML = "text/html";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, UnchangedAnswersTest.class).deleteOwnedYears();
    }

    /** One read: what is asked and in which representation. */
    private record Read(String path, String accept) {

        /** The file the answer is kept in: the request as a file name. */
        String file() {
            String name = path.replaceFirst("^/api/v1/", "").replaceAll("[^A-Za-z0-9.,=-]+", "_");
            String extension = switch (accept) {
                case JSON -> ".json";
                case HTML -> ".html";
                case SDMX -> ".sdmx.csv";
                default -> ".csv";
            };
            return name + extension;
        }
    }

    private static List<Read> seedReads() {
        List<Read> reads = new ArrayList<>();
        for (String indicator : List.of("facilitated-workers", "service-users")) {
            String path = "/api/v1/statistics/" + indicator + "?year=2021";
            reads.add(new Read(path, JSON));
            reads.add(new Read(path, CSV));
            reads.add(new Read(path + "&bom=true", CSV));
            reads.add(new Read(path, SDMX));
            reads.add(new Read(path + "&region=32", JSON));
            reads.add(new Read("/api/v1/statistics/" + indicator + "/by-region?year=2021", JSON));
            reads.add(new Read("/api/v1/statistics/" + indicator + "/by-region?year=2021&month=10", CSV));
            String latest = "/api/v1/statistics/latest?indicator=" + (indicator.startsWith("f") ? "FACILITATED_WORKERS"
                    : "SERVICE_USERS") + "&year=2021";
            reads.add(new Read(latest, JSON));
            reads.add(new Read(latest, CSV));
        }
        reads.add(new Read("/api/v1/statistics/labour-market?year=2021", JSON));
        reads.add(new Read("/api/v1/statistics/labour-market?year=2021", CSV));
        reads.add(new Read("/api/v1/statistics/labour-market?year=2021&month=11", JSON));
        reads.add(new Read("/api/v1/statistics/labour-market?year=2021&by=region", JSON));
        reads.add(new Read("/api/v1/statistics/headline?year=2021", JSON));
        for (String interval : List.of("week", "month", "quarter", "year")) {
            reads.add(new Read("/api/v1/series?indicator=FACILITATED_WORKERS,SERVICE_USERS&from=2021-01&to=2021-12&interval="
                    + interval, JSON));
        }
        reads.add(new Read("/api/v1/series?indicator=SERVICE_USERS&category=EMPLOYER,VACANCY&from=2021-02&to=2021-12"
                + "&transform=cumulative", CSV));
        reads.add(new Read("/api/v1/series?indicator=FACILITATED_WORKERS&from=2021-02&to=2021-12&transform=change", JSON));
        reads.add(new Read("/api/v1/series?indicator=FACILITATED_WORKERS&category=VACANCY&from=2021-02&to=2021-12&interval=week",
                SDMX));
        reads.add(new Read("/api/v1/series?category=VACANCY&ratio=VACANCIES_PER_100_JOB_SEEKERS&from=2021-01&to=2021-12", JSON));
        reads.add(new Read("/api/v1/reports/performance?year=2021", JSON));
        reads.add(new Read("/api/v1/reports/performance?year=2021", CSV));
        reads.add(new Read("/api/v1/reports/performance?year=2021", HTML));
        reads.add(new Read("/api/v1/counts?year=2021", JSON));
        reads.add(new Read("/api/v1/counts?year=2021&category=VACANCY&month=12", JSON));
        reads.add(new Read("/api/v1/targets?year=2021", JSON));
        return reads;
    }

    private static List<Read> regionalReads() {
        List<Read> reads = new ArrayList<>();
        String y = "year=" + YEAR;
        for (String indicator : List.of("facilitated-workers", "service-users")) {
            String path = "/api/v1/statistics/" + indicator + "?" + y;
            reads.add(new Read(path, JSON));
            for (String region : List.of("31", "32", "32.73", "33", "32,33", "31,32.04,33.02")) {
                reads.add(new Read(path + "&region=" + region, JSON));
            }
            reads.add(new Read(path + "&region=32", CSV));
            reads.add(new Read(path + "&region=32", SDMX));
            reads.add(new Read(path, SDMX));
            String byRegion = "/api/v1/statistics/" + indicator + "/by-region?" + y;
            reads.add(new Read(byRegion, JSON));
            reads.add(new Read(byRegion + "&month=4", CSV));
            reads.add(new Read(byRegion + "&level=regency&parent=32", JSON));
            reads.add(new Read(byRegion + "&month=5&level=regency&parent=32", CSV));
            reads.add(new Read(byRegion + "&level=regency&parent=33", JSON));
            String latest = "/api/v1/statistics/latest?indicator=" + (indicator.startsWith("f") ? "FACILITATED_WORKERS"
                    : "SERVICE_USERS") + "&" + y;
            reads.add(new Read(latest, JSON));
            reads.add(new Read(latest + "&region=32", CSV));
        }
        String market = "/api/v1/statistics/labour-market?" + y;
        reads.add(new Read(market, JSON));
        reads.add(new Read(market + "&region=32", CSV));
        reads.add(new Read(market + "&region=32,33&month=5", JSON));
        reads.add(new Read(market + "&by=region", JSON));
        reads.add(new Read(market + "&by=region&month=6", CSV));
        reads.add(new Read("/api/v1/statistics/headline?" + y, JSON));
        reads.add(new Read("/api/v1/statistics/headline?" + y + "&region=32.73", JSON));
        for (String region : List.of("", "&region=32", "&region=32,31")) {
            for (String interval : List.of("week", "month", "quarter", "year")) {
                reads.add(new Read("/api/v1/series?indicator=FACILITATED_WORKERS,SERVICE_USERS&from=" + YEAR + "-01&to=" + YEAR
                        + "-12&interval=" + interval + region, JSON));
            }
        }
        reads.add(new Read("/api/v1/series?category=JOB_SEEKER,VACANCY&ratio=VACANCIES_PER_100_JOB_SEEKERS&from=" + YEAR
                + "-02&to=" + YEAR + "-09&transform=percent-change&region=32", CSV));
        reads.add(new Read("/api/v1/reports/performance?" + y, JSON));
        reads.add(new Read("/api/v1/counts?" + y, JSON));
        reads.add(new Read("/api/v1/counts?" + y + "&region=32.73,33", JSON));
        return reads;
    }

    @Test
    void seedAnswersAreAsRecorded() {
        check(seedReads());
    }

    @Test
    void regionalAnswersAreAsRecorded() {
        load();
        check(regionalReads());
    }

    private void check(List<Read> reads) {
        List<String> differing = new ArrayList<>();
        for (Read read : reads) {
            Response response = given().accept(read.accept()).when().get(read.path());
            assertEquals(200, response.statusCode(), read + ": " + response.asString());
            String etag = response.header("ETag");
            Matcher version = Pattern.compile("^\"(\\d+)-").matcher(etag);
            assertTrue(version.find(), read + " ETag " + etag);
            String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
            String recorded = withVersionPlaceholder(body, version.group(1), read.accept());
            if (RECORD) {
                write(read.file(), recorded);
            } else if (!recorded.equals(expected(read.file()))) {
                differing.add(read.path() + " (" + read.accept() + ")");
            }
        }
        assertEquals(List.of(), differing, "answers that differ from src/test/resources/answers/");
    }

    /**
     * The body with the data version written as {dataVersion} (in JSON its field, in CSV its
     * column) and the report's moment of that version as {dataAsOf}.
     */
    private static String withVersionPlaceholder(String body, String version, String accept) {
        String json = body.replace("\"dataVersion\":" + version + ",", "\"dataVersion\":{dataVersion},")
                .replace("\"dataVersion\":" + version + "}", "\"dataVersion\":{dataVersion}}");
        return json.replaceAll("(?m)(,|;)" + version + "(,|;)(?=[^\\n]*$)", "$1{dataVersion}$2")
                .replace("versi data " + version, "versi data {dataVersion}")
                .replace("data version " + version, "data version {dataVersion}")
                .replaceAll("\"dataAsOf\":\"[^\"]+\"", "\"dataAsOf\":{dataAsOf}")
                .replaceAll("Data per [^<]+ WIB \\(versi data", "Data per {dataAsOf} WIB (versi data");
    }

    private static String expected(String file) {
        try (InputStream in = UnchangedAnswersTest.class.getResourceAsStream("/answers/" + file)) {
            if (in == null) {
                return "(no file " + file + ")";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String file, String body) {
        try {
            Files.createDirectories(RECORDED);
            Files.writeString(RECORDED.resolve(file), body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A regional year with every case of the adding-up rule, the same numbers on every run
     * (a seeded {@link Random}): provinces 31 and 33 store their own figures; the regencies of
     * 32 report weeks (all of them in January to March, half in April), month totals and weeks
     * side by side (May), only the first two weeks (June); two regencies of 33 report below
     * their province's own month; the nation stores its own weeks in July.
     */
    private void load() {
        Random random = new Random(21);
        List<String> of32 = given().when().get("/api/v1/regions?level=regency&parent=32&date={year}-06-30", YEAR)
                .then().statusCode(200).extract().jsonPath().getList("code", String.class);
        StringBuilder csv = new StringBuilder("Kategori;Tahun;Bulan;Minggu;Kode Wilayah;Jumlah\n");
        for (int month = 1; month <= 6; month++) {
            for (int i = 0; i < of32.size(); i++) {
                String regency = of32.get(i);
                if (month == 4 && i % 2 == 1) {
                    continue;
                }
                if (month == 5 && i % 3 == 0) {
                    row(csv, "JOB_SEEKER", month, null, regency, 400 + random.nextInt(600));
                    continue;
                }
                for (int week = 1; week <= (month == 6 ? 2 : 4); week++) {
                    row(csv, "JOB_SEEKER", month, week, regency, 100 + random.nextInt(200));
                }
                if (i % 4 == 0) {
                    row(csv, "VACANCY", month, null, regency, 50 + random.nextInt(300));
                    row(csv, "EMPLOYER", month, null, regency, 5 + random.nextInt(40));
                }
            }
        }
        for (int month = 1; month <= 6; month++) {
            for (int week = 1; week <= 4; week++) {
                row(csv, "JOB_SEEKER", month, week, "31", 2000 + random.nextInt(900));
            }
            row(csv, "EMPLOYER", month, null, "31", 300 + random.nextInt(100));
            row(csv, "PBK_TRAINING", month, null, "31", 30 + random.nextInt(10));
            row(csv, "PRAKERJA_TRAINING", month, null, "31", 800 + random.nextInt(100));
            row(csv, "VACANCY", month, null, "31", 4000 + random.nextInt(1000));
        }
        row(csv, "JOB_SEEKER", 2, null, "33", 5000);
        row(csv, "JOB_SEEKER", 2, 1, "33.02", 700);
        row(csv, "JOB_SEEKER", 2, 2, "33.02", 650);
        row(csv, "JOB_SEEKER", 2, null, "33.74", 1200);
        row(csv, "JOB_SEEKER", 3, 1, "33.02", 90);
        row(csv, "JOB_SEEKER", 7, 1, "32.73", 120);
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports").then().log().ifValidationFails().statusCode(200);
        for (int week = 1; week <= 4; week++) {
            given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(JSON)
                    .body("{\"count\": " + (30000 + random.nextInt(5000)) + "}")
                    .when().put("/api/v1/counts/JOB_SEEKER/{year}/7/weeks/{week}", YEAR, week)
                    .then().log().ifValidationFails().statusCode(201);
        }
    }

    private static void row(StringBuilder csv, String category, int month, Integer week, String region, long count) {
        csv.append(category).append(';').append(YEAR).append(';').append(month).append(';').append(week == null ? "" : week)
                .append(';').append(region == null ? "" : region).append(';').append(count).append('\n');
    }
}
