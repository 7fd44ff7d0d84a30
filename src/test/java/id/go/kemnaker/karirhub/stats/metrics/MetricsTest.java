package id.go.kemnaker.karirhub.stats.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

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

/** What /q/metrics tells an operator, checked by doing the thing and reading the scrape. */
@QuarkusTest
@OwnsYears({2056})
class MetricsTest {

    private static final int YEAR = TestYears.of(MetricsTest.class)[0];
    private static final String STATISTICS = "/api/v1/statistics/facilitated-workers?year=" + YEAR;
    private static final String KIND = "kind=\"statistics/facilitated-workers\"";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, MetricsTest.class).deleteYear(YEAR);
    }

    @Test
    void httpMetricsAreTaggedWithRouteTemplatesNeverRawUrls() {
        given().when().get("/api/v1/counts/JOB_SEEKER/2021/10/weeks/3").then().statusCode(200);
        given().when().get("/api/v1/counts/EMPLOYER/2021/3").then().statusCode(200);
        given().when().get("/api/v1/statistics/service-users?year=2021&format=csv").then().statusCode(200);
        given().when().get("/api/v1/no-such-thing/{id}", "x93fz1").then().statusCode(404);
        given().when().get("/api/v1/counts/JOB_SEEKER/1899/10/weeks/3").then().statusCode(400);

        Scrape scrape = Scrape.now();
        List<String> uris = scrape.labelValues("http_server_requests_seconds_count", "uri");
        assertTrue(uris.contains("/api/v1/counts/{category}/{year}/{month}/weeks/{week}"), uris::toString);
        assertTrue(uris.contains("/api/v1/counts/{category}/{year}/{month}"), uris::toString);
        assertTrue(uris.contains("/api/v1/statistics/service-users"), uris::toString);
        for (String uri : uris) {
            assertFalse(uri.contains("?") || uri.contains("2021") || uri.contains("1899") || uri.contains("JOB_SEEKER")
                    || uri.contains("x93fz1"), "a raw URL in the uri tag: " + uri);
        }
        assertTrue(scrape.value("http_server_requests_seconds_count", "status=\"400\"",
                "uri=\"/api/v1/counts/{category}/{year}/{month}/weeks/{week}\"") >= 1);
    }

    @Test
    void readsAnsweredInFrontOfJaxRsAreCountedUnderTheirPath() {
        // The plain read is answered by StatisticsRoute before authentication and JAX-RS: it must
        // still be recorded, once per request, under the same uri tag as the resource's reads.
        String plain = "uri=\"/api/v1/statistics/facilitated-workers\"";
        Scrape first = Scrape.now();
        double before = first.has("http_server_requests_seconds_count", "status=\"200\"", plain)
                ? first.value("http_server_requests_seconds_count", "status=\"200\"", plain) : 0;
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/statistics/facilitated-workers?year=2021").then().statusCode(200);
        }
        assertEquals(before + 3, Scrape.now().value("http_server_requests_seconds_count", "status=\"200\"", plain));
    }

    @Test
    void metricsAnswerOnTheManagementInterfaceOnlyAndWithProblemsForWhatTheyRefuse() {
        given().when().get("/q/metrics").then().statusCode(404).contentType("application/problem+json"); // not on the API's port
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            given().when().request(method, Scrape.url()).then().statusCode(405).header("Allow", "GET, HEAD")
                    .contentType("application/problem+json").body("status", org.hamcrest.Matchers.equalTo(405));
        }
        for (String accept : List.of("application/openmetrics-text", "application/openmetrics-text; version=1.0.0",
                "application/json;q=0.9, application/openmetrics-text;q=0.5")) {
            given().accept(accept).when().get(Scrape.url()).then().statusCode(200)
                    .header("Content-Type", org.hamcrest.Matchers.startsWith("application/openmetrics-text"));
        }
        given().accept("text/plain").when().get(Scrape.url()).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/plain; version=0.0.4"));
        for (String accept : List.of("application/json", "text/html", "text/plain;q=0")) {
            given().accept(accept).when().get(Scrape.url()).then().statusCode(406).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("application/openmetrics-text"));
        }
    }

    @Test
    void requestsWhoseBodyTheCodecCannotReadAreNotTaggedWithTheirPath() throws Exception {
        for (int i = 0; i < 20; i++) {
            String head = "POST /api/v1/imports/zq" + i + "x HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n";
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                // the HTTP codec closes the connection on a bad chunk size before any answer can be written
                String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(answer.startsWith("HTTP/1.1 5"), answer);
            }
        }
        List<String> uris = Scrape.now().labelValues("http_server_requests_seconds_count", "uri");
        assertTrue(uris.stream().noneMatch(uri -> uri.contains("/zq")), uris::toString);
    }

    @Test
    void jvmAndConnectionPoolAreMeasured() {
        Scrape scrape = Scrape.now();
        assertTrue(scrape.value("jvm_memory_used_bytes", "area=\"heap\"") > 0);
        assertTrue(scrape.has("jvm_threads_live_threads"));
        assertTrue(scrape.has("agroal_active_count", "datasource=\"default\""));
        assertTrue(scrape.has("agroal_awaiting_count", "datasource=\"default\""));
    }

    @Test
    void cacheCountsMissesHitsNotModifiedAndInvalidations() {
        Scrape before = Scrape.now();
        String etag = given().when().get(STATISTICS).then().statusCode(200).extract().header("ETag");
        given().when().get(STATISTICS).then().statusCode(200);
        given().header("If-None-Match", etag).when().get(STATISTICS).then().statusCode(304);

        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "karirhub_cache_requests_total", KIND, "result=\"miss\""));
        assertEquals(1, delta(before, after, "karirhub_cache_requests_total", KIND, "result=\"hit\""));
        assertEquals(1, delta(before, after, "karirhub_cache_requests_total", KIND, "result=\"not-modified\""));
        assertTrue(after.value("karirhub_cache_entries") >= 1);

        double version = after.value("karirhub_data_version");
        assertEquals(Long.parseLong(etag.substring(1, etag.indexOf('-'))), (long) version, "the version in the ETag");
        putWeek(1, 500);
        eventually(() -> Scrape.now().value("karirhub_data_version"), value -> value > version, "the data version gauge moves");
        eventually(() -> valueOrZero(Scrape.now(), "karirhub_cache_evictions_total", KIND, "cause=\"invalidated\"")
                - valueOrZero(before, "karirhub_cache_evictions_total", KIND, "cause=\"invalidated\""), value -> value >= 1,
                "the answer cached before the write is counted as invalidated");
    }

    @Test
    void listenerIsConnectedAndTheVersionFreshlyConfirmed() {
        eventually(() -> Scrape.now().value("karirhub_change_listener_connected"), value -> value == 1, "listener connected");
        Scrape scrape = Scrape.now();
        assertTrue(scrape.value("karirhub_data_version_age_seconds") < 30, "confirmed within the TTL");
        assertTrue(scrape.has("karirhub_change_listener_reconnects_total"));
        double notifications = scrape.value("karirhub_change_listener_notifications_total");
        putWeek(2, 600);
        eventually(() -> Scrape.now().value("karirhub_change_listener_notifications_total"), value -> value > notifications,
                "the NOTIFY of this instance's own write is heard");
    }

    @Test
    void writeConflictsAreCountedByStatus() {
        putWeek(1, 100);
        Scrape before = Scrape.now();
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).header("If-Match", "\"1.0\"")
                .contentType(ContentType.JSON).body(Map.of("count", 101))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(412);
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(Map.of("count", 7))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1", YEAR).then().statusCode(409);

        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "karirhub_write_conflicts_total", "status=\"412\""));
        assertEquals(1, delta(before, after, "karirhub_write_conflicts_total", "status=\"409\""));
        assertTrue(after.has("karirhub_commit_outcome_unknown_total"), "exported before the first occurrence");
    }

    @Test
    void importsCountTheirRowsAndRejectedLines() {
        Scrape before = Scrape.now();
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv")
                .body("category,year,month,week,count\nJOB_SEEKER," + YEAR + ",2,1,10\nJOB_SEEKER," + YEAR + ",2,2,11\n"
                        + "EMPLOYER," + YEAR + ",2,,-\n")
                .when().post("/api/v1/imports").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv")
                .body("category,year,month,week,count\nJOB_SEEKER," + YEAR + ",3,1,ten\nJOB_SEEKER," + YEAR + ",3,9,1\n"
                        + "JOB_SEEKER," + YEAR + ",3,2,12\n")
                .when().post("/api/v1/imports").then().statusCode(422);

        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "karirhub_imports_total", "result=\"stored\""));
        assertEquals(1, delta(before, after, "karirhub_imports_total", "result=\"rejected\""));
        assertEquals(2, delta(before, after, "karirhub_import_rows_total", "outcome=\"created\""));
        assertEquals(1, delta(before, after, "karirhub_import_rows_total", "outcome=\"skipped\""));
        assertEquals(2, delta(before, after, "karirhub_import_rows_total", "outcome=\"rejected\""));
    }

    private static void putWeek(int week, long count) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(Map.of("count", count))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/{week}", YEAR, week)
                .then().statusCode(oneOf(200, 201));
    }

    private static double valueOrZero(Scrape scrape, String name, String... labels) {
        double value = scrape.value(name, labels);
        return Double.isNaN(value) ? 0 : value;
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return valueOrZero(after, name, labels) - valueOrZero(before, name, labels);
    }

    /** Polls for at most 3 s: the listener and Caffeine's removal listener work on threads of their own. */
    private static void eventually(DoubleSupplier probe, java.util.function.DoublePredicate condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(3));
        double last = probe.getAsDouble();
        while (!condition.test(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = probe.getAsDouble();
        }
        assertTrue(condition.test(last), what + " (last value " + last + ")");
    }
}
