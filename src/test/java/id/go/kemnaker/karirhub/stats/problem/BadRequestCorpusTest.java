package id.go.kemnaker.karirhub.stats.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A table of bad requests across every endpoint: malformed parameters, bodies, headers and
 * tokens. Each must get a 4xx as application/problem+json with nothing internal in it, and
 * must leave the stored data exactly as it was (the audit trail, which every write extends,
 * keeps its last id; the 2021 figures stay). The writes aim at the year this class owns.
 */
@QuarkusTest
@OwnsYears({2089})
class BadRequestCorpusTest {

    private static final int YEAR = TestYears.of(BadRequestCorpusTest.class)[0];

    @Inject
    DataSource dataSource;

    /** One bad request: a name for the report, and how to send it. */
    record BadRequest(String name, String method, String path, String token, String contentType, String body,
            List<String[]> headers) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadRequest> corpus() {
        List<BadRequest> corpus = new ArrayList<>();
        badQueryParameters(corpus);
        badPathParameters(corpus);
        badJsonBodies(corpus);
        badImports(corpus);
        badTokens(corpus);
        badHeaders(corpus);
        return corpus.stream();
    }

    @Test
    void holdsAtLeastThreeHundredBadRequests() {
        assertTrue(corpus().count() >= 300, "the corpus holds " + corpus().count() + " requests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersEveryBadRequestWithAProblemAndChangesNothing(BadRequest bad) throws Exception {
        long lastAuditId = lastAuditId();
        List<String[]> headers = new ArrayList<>(bad.headers());
        if (bad.token() != null) {
            headers.add(new String[] { "Authorization", bad.token() });
        }
        if (bad.contentType() != null) {
            headers.add(new String[] { "Content-Type", bad.contentType() });
        }
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, bad.method(), bad.path(), headers,
                bad.body() == null ? null : bad.body().getBytes(StandardCharsets.UTF_8));
        String what = bad.name() + " answered " + answer.status() + " " + answer.body();
        assertTrue(answer.status() >= 400 && answer.status() < 500, what);
        assertTrue(String.valueOf(answer.header("Content-Type")).startsWith(Problem.MEDIA_TYPE), what);
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        for (String member : new String[] { "type", "title", "status", "detail" }) {
            assertTrue(problem.hasNonNull(member), "no " + member + ": " + what);
        }
        assertEquals(answer.status(), problem.get("status").asInt(), what);
        for (String internal : new String[] { "java.", "Exception", "org.", "io.quarkus", "SQL", "\tat " }) {
            assertFalse(answer.body().contains(internal), "leaks '" + internal + "': " + what);
        }
        assertEquals(lastAuditId, lastAuditId(), "a refused request changed the audit trail: " + what);
    }

    private static void badQueryParameters(List<BadRequest> corpus) {
        String[] integers = { "abc", "%2B2021", "-2021", "2021.0", "2021%00", "%00", "%D9%A2%D9%A0%D9%A2%D9%A1", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%91",
                "99999999999999999999", "1e3", "0x7E5", "2021%zz", "%ED%A0%80", "%C3%28", "%0A2021", "%1F" };
        String[][] yearReads = { { "/api/v1/statistics/facilitated-workers", "year" }, { "/api/v1/statistics/service-users", "year" },
                { "/api/v1/reports/performance", "year" }, { "/api/v1/targets", "year" }, { "/api/v1/counts", "year" },
                { "/api/v1/counts?year=2021", "month" }, { "/api/v1/statistics/latest?indicator=SERVICE_USERS", "year" },
                { "/api/v1/series?indicator=SERVICE_USERS", "last" } };
        for (String[] read : yearReads) {
            for (String value : integers) {
                corpus.add(get(read[0] + "." + read[1] + "=" + value, query(read[0], read[1] + "=" + value)));
            }
        }
        String[] words = { "bogus", "%00", "json%00", "%ED%A0%80", "%zz", "CSV%0D%0AX-Injected:%201" };
        String[][] wordReads = { { "/api/v1/statistics/facilitated-workers?year=2021", "format" },
                { "/api/v1/statistics/facilitated-workers?year=2021", "bom" }, { "/api/v1/reports/performance?year=2021", "format" },
                { "/api/v1/reports/performance?year=2021", "bom" }, { "/api/v1/counts", "category" },
                { "/api/v1/statistics/latest", "indicator" }, { "/api/v1/series", "indicator" }, { "/api/v1/series?indicator=SERVICE_USERS", "interval" },
                { "/api/v1/series?indicator=SERVICE_USERS", "transform" }, { "/api/v1/series?indicator=SERVICE_USERS", "from" } };
        for (String[] read : wordReads) {
            for (String value : words) {
                corpus.add(get(read[0] + "." + read[1] + "=" + value, query(read[0], read[1] + "=" + value)));
            }
        }
        String[] moments = { "-5000-01-01T00:00:00Z", "%2B99999-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
                "2021-13-01T00:00:00Z", "2021-01-01", "yesterday", "2021-01-01T00:00:00%00Z", "2999-01-01T00:00:00Z" };
        for (String read : new String[] { "/api/v1/statistics/facilitated-workers?year=2021", "/api/v1/statistics/service-users?year=2021",
                "/api/v1/reports/performance?year=2021", "/api/v1/series?indicator=SERVICE_USERS&from=2021" }) {
            for (String moment : moments) {
                corpus.add(get(read + ".asOf=" + moment, query(read, "asOf=" + moment)));
            }
        }
        String auditor = Tokens.bearer("auditor");
        for (String bad : new String[] { "since=-5000-01-01T00:00:00Z", "since=%2B99999-01-01T00:00:00Z", "since=soon", "after=-1",
                "after=%2B5", "after=%D9%A5", "limit=0", "limit=5001", "limit=%2B10", "limit=10&limit=20", "year=2021%00", "category=%00" }) {
            corpus.add(new BadRequest("audit " + bad, "GET", "/api/v1/audit?" + bad, auditor, null, null, List.of()));
        }
        for (String repeated : new String[] { "/api/v1/statistics/facilitated-workers?year=2021&year=2022",
                "/api/v1/reports/performance?year=2021&format=csv&format=json", "/api/v1/counts?category=EMPLOYER&category=JOB_SEEKER",
                "/api/v1/series?indicator=SERVICE_USERS&interval=week&interval=month" }) {
            corpus.add(get("repeated " + repeated, repeated));
        }
        corpus.add(get("series without a subject", "/api/v1/series?from=2021"));
        corpus.add(get("series cumulative by year and last", "/api/v1/series?indicator=SERVICE_USERS&from=2021&last=3"));
        corpus.add(get("unknown path", "/api/v1/nothing-here"));
        corpus.add(get("unknown deep path", "/api/v1/statistics/facilitated-workers/2021/extra"));
        corpus.add(get("bad escape in the path", "/api/v1/%zz"));
        corpus.add(new BadRequest("OPTIONS *", "OPTIONS", "*", null, null, null, List.of()));
    }

    private static void badPathParameters(List<BadRequest> corpus) {
        String auditor = Tokens.bearer("auditor");
        String[] categories = { "TEACHER", "job_seeker%00", "%ED%A0%80", "%zz" };
        String[] numbers = { "abc", "0", "13", "%2B1", "-1", "%D9%A1", "1.0", "%00" };
        for (String category : categories) {
            corpus.add(get("count category " + category, "/api/v1/counts/" + category + "/2021/1/weeks/1"));
        }
        for (String number : numbers) {
            corpus.add(get("count year " + number, "/api/v1/counts/JOB_SEEKER/" + number + "/1/weeks/1"));
            corpus.add(get("count month " + number, "/api/v1/counts/JOB_SEEKER/2021/" + number + "/weeks/1"));
            corpus.add(get("count week " + number, "/api/v1/counts/JOB_SEEKER/2021/1/weeks/" + number));
            corpus.add(get("month total month " + number, "/api/v1/counts/EMPLOYER/2021/" + number));
            corpus.add(new BadRequest("history week " + number, "GET", "/api/v1/counts/JOB_SEEKER/2021/1/weeks/" + number + "/history",
                    auditor, null, null, List.of()));
            corpus.add(new BadRequest("history month " + number, "GET", "/api/v1/counts/EMPLOYER/2021/" + number + "/history",
                    auditor, null, null, List.of()));
            corpus.add(get("realisation year " + number, "/api/v1/indicators/DATA_UTILITY_INDEX/realisations/" + number));
        }
        corpus.add(get("realisation of a computed indicator code typo", "/api/v1/indicators/FACILITATED/realisations/2021"));
        corpus.add(get("a count never stored", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1"));
    }

    private static void badJsonBodies(List<BadRequest> corpus) {
        String officer = Tokens.bearer("data-officer");
        String planner = Tokens.bearer("planner");
        String[] countBodies = { "{\"count\":5,\"count\":7}", "{\"count\":7.9}", "{\"count\":0.99}", "{\"count\":\"5\"}", "{\"count\":5} x",
                "{\"count\":5}{\"count\":6}", "{\"count\":true}", "{\"count\":null}", "{}", "[]", "5", "\"5\"", "null", "{\"count\":-1}",
                "{\"count\":1e30}", "{\"count\":99999999999999999999}", "{\"count\":5,\"weak\":1}", "{\"count\":", "{count:5}",
                "{'count':5}", "{\"count\":5,}", "\u0000", "{\"count\":NaN}", "{\"count\":[5]}", "{\"count\":{\"value\":5}}" };
        for (String body : countBodies) {
            corpus.add(new BadRequest("PUT week " + body, "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", officer,
                    "application/json", body, List.of()));
            corpus.add(new BadRequest("PUT month " + body, "PUT", "/api/v1/counts/EMPLOYER/" + YEAR + "/1", officer,
                    "application/json", body, List.of()));
        }
        String item = "{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":2,\"week\":1,\"count\":1";
        String[] batches = { "[" + item + ",\"count\":2}]", "[" + item.replace("\"count\":1", "\"count\":0.99") + "}]",
                "[" + item.replace("\"count\":1", "\"count\":\"1\"") + "}]", "[" + item + "}] trailing", "[" + item + ",\"weak\":2}]",
                "[" + item.replace("\"week\":1", "\"week\":1.5") + "}]", "[" + item.replace("\"category\":\"JOB_SEEKER\"", "\"category\":0") + "}]",
                "[" + item.replace("\"category\":\"JOB_SEEKER\"", "\"category\":\"\"") + "}]", "[" + item.replace("\"month\":2", "\"month\":13") + "}]",
                "[" + item.replace("\"year\":" + YEAR, "\"year\":\"" + YEAR + "\"") + "}]", "{" + item.substring(1) + "}", "[null]", "[[]]",
                "[" + item + "}, " + item.replace("\"week\":1", "\"week\":null") + "}]", "not json", "[" + item + "}", "" };
        for (String batch : batches) {
            corpus.add(new BadRequest("batch " + batch, "POST", "/api/v1/counts/batch", officer, "application/json", batch, List.of()));
        }
        String[] targets = { "{\"target\":1,\"target\":2}", "{\"target\":\"2000000\"}", "{\"target\":2000000} x", "{\"target\":-1}",
                "{\"target\":1.5}", "{\"target\":true}", "{\"goal\":5}", "[]" };
        for (String body : targets) {
            corpus.add(new BadRequest("PUT target " + body, "PUT", "/api/v1/targets/FACILITATED_WORKERS/" + YEAR, planner,
                    "application/json", body, List.of()));
        }
        String[] realisations = { "{\"realisation\":50,\"evidence\":\"a\\u0000b\"}", "{\"realisation\":50,\"evidence\":\"a\\ud800b\"}",
                "{\"realisation\":50,\"evidence\":\"a\\udc00\"}", "{\"realisation\":50,\"evidence\":5}", "{\"realisation\":\"50\",\"evidence\":\"x\"}",
                "{\"realisation\":50,\"evidence\":\"x\",\"evidence\":\"y\"}", "{\"realisation\":50,\"evidence\":\"" + "x".repeat(2001) + "\"}",
                "{\"realisation\":50,\"evidence\":\" \"}", "{\"realisation\":50,\"evidence\":\"\\u001b[31m\"}",
                "{\"realisation\":50,\"evidence\":[\"x\"]}" };
        for (String body : realisations) {
            corpus.add(new BadRequest("PUT realisation " + body.substring(0, Math.min(60, body.length())), "PUT",
                    "/api/v1/indicators/DATA_UTILITY_INDEX/realisations/" + YEAR, planner, "application/json", body, List.of()));
        }
        for (String contentType : new String[] { "text/plain", "application/xml", "application/x-www-form-urlencoded" }) {
            corpus.add(new BadRequest("PUT week as " + contentType, "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", officer,
                    contentType, "{\"count\":5}", List.of()));
            corpus.add(new BadRequest("batch as " + contentType, "POST", "/api/v1/counts/batch", officer, contentType, "[]", List.of()));
        }
        corpus.add(new BadRequest("PUT week without Content-Type", "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", officer,
                null, "{\"count\":5}", List.of()));
        corpus.add(new BadRequest("PUT week with an empty If-Match", "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", officer,
                "application/json", "{\"count\":5}", List.<String[]>of(new String[] { "If-Match", "" })));
        corpus.add(new BadRequest("PUT week with a stale If-Match", "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", officer,
                "application/json", "{\"count\":5}", List.<String[]>of(new String[] { "If-Match", "\"1.0\"" })));
        corpus.add(new BadRequest("DELETE a count never stored", "DELETE", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", officer,
                null, null, List.of()));
        corpus.add(new BadRequest("DELETE with an empty If-Match", "DELETE", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", officer,
                null, null, List.<String[]>of(new String[] { "If-Match", " " })));
    }

    private static void badImports(List<BadRequest> corpus) {
        String officer = Tokens.bearer("data-officer");
        String[] csvs = { "", "category,year,month,week,count\n", "category,year,month,week,count\nJOB_SEEKER," + YEAR + ",1,1,abc\n",
                "category,year,month,week,count\nJOB_SEEKER," + YEAR + ",13,1,5\n", "category,year,month,week,count\nTEACHER," + YEAR + ",1,1,5\n",
                "category,year,month,week,count\nJOB_SEEKER," + YEAR + ",1,1,5\nJOB_SEEKER," + YEAR + ",1,,5\n",
                "no,header,here\n1,2,3\n", "\u0000\u0001\u0002", "category;year\n\"unterminated;2021\n" };
        for (String csv : csvs) {
            corpus.add(new BadRequest("import " + csv.replace("\n", "\\n"), "POST", "/api/v1/imports", officer, "text/csv", csv, List.of()));
        }
        String boundary = "xyz";
        String[] multiparts = { "", "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\ncategory,year",
                "--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--xyz--\r\n", "garbage without boundaries",
                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.csv\"\r\n\r\ncategory,year,month,week,count\r\n--xyz--\r\n",
                "--xyz--\r\n" };
        for (String multipart : multiparts) {
            corpus.add(new BadRequest("multipart " + multipart.replace("\r\n", "\\r\\n"), "POST", "/api/v1/imports", officer,
                    "multipart/form-data; boundary=" + boundary, multipart, List.of()));
        }
        corpus.add(new BadRequest("multipart without a boundary", "POST", "/api/v1/imports", officer, "multipart/form-data", "abc", List.of()));
        corpus.add(new BadRequest("import as JSON", "POST", "/api/v1/imports", officer, "application/json", "{}", List.of()));
    }

    private static void badTokens(List<BadRequest> corpus) {
        String[] tokens = { "Bearer", "Bearer ", "Bearer abc", "Bearer a.b.c", "Basic dXNlcjpwYXNz", ForgedTokens.unsigned("data-officer"), ForgedTokens.issuedInTheFuture("data-officer"), ForgedTokens.livingTooLong("data-officer"),
                ForgedTokens.groupsAsAString("data-officer"), ForgedTokens.withSubject("data-officer", "s".repeat(201)),
                ForgedTokens.withSubject("data-officer", "a\u0000b"), ForgedTokens.withoutIssuedAt("data-officer"), Tokens.expired("data-officer"),
                Tokens.signedByAnUnknownKey("data-officer"), Tokens.fromAnotherIssuer("data-officer"), Tokens.bearer("planner"),
                Tokens.bearer("auditor"), ForgedTokens.tampered("data-officer") };
        for (int i = 0; i < tokens.length; i++) {
            corpus.add(new BadRequest("token " + i + " on PUT", "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", tokens[i],
                    "application/json", "{\"count\":5}", List.of()));
            corpus.add(new BadRequest("token " + i + " on batch", "POST", "/api/v1/counts/batch", tokens[i], "application/json",
                    "[{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":3,\"week\":1,\"count\":5}]", List.of()));
            corpus.add(new BadRequest("token " + i + " on import", "POST", "/api/v1/imports", tokens[i], "text/csv",
                    "category,year,month,week,count\nJOB_SEEKER," + YEAR + ",4,1,5\n", List.of()));
        }
        corpus.add(new BadRequest("no token on PUT", "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", null,
                "application/json", "{\"count\":5}", List.of()));
        corpus.add(new BadRequest("no token on the audit trail", "GET", "/api/v1/audit", null, null, null, List.of()));
        corpus.add(new BadRequest("data officer on the audit trail", "GET", "/api/v1/audit", Tokens.bearer("data-officer"), null, null,
                List.of()));
    }

    private static void badHeaders(List<BadRequest> corpus) {
        corpus.add(new BadRequest("URL over the limit", "GET", "/api/v1/categories?x=" + "a".repeat(9000), null, null, null, List.of()));
        corpus.add(new BadRequest("headers over the limit", "GET", "/api/v1/categories", null, null, null,
                List.<String[]>of(new String[] { "X-Padding", "a".repeat(30_000) })));
        corpus.add(new BadRequest("PATCH", "PATCH", "/api/v1/categories", null, "application/json", "{}", List.of()));
        corpus.add(new BadRequest("DELETE a read", "DELETE", "/api/v1/statistics/facilitated-workers?year=2021", Tokens.bearer("data-officer"),
                null, null, List.of()));
        corpus.add(new BadRequest("POST to a read", "POST", "/api/v1/reports/performance?year=2021", null, "application/json", "{}", List.of()));
        for (String accept : new String[] { "application/xml", "image/png", "text/x-unknown" }) {
            corpus.add(new BadRequest("Accept " + accept + " on statistics", "GET", "/api/v1/statistics/facilitated-workers?year=2021", null,
                    null, null, List.<String[]>of(new String[] { "Accept", accept })));
            corpus.add(new BadRequest("Accept " + accept + " on the report", "GET", "/api/v1/reports/performance?year=2021", null,
                    null, null, List.<String[]>of(new String[] { "Accept", accept })));
        }
        corpus.add(new BadRequest("Content-Length over the limit", "POST", "/api/v1/imports", Tokens.bearer("data-officer"), "text/csv",
                null, List.<String[]>of(new String[] { "Content-Length", "999999999999" })));
    }

    private static BadRequest get(String name, String path) {
        return new BadRequest(name, "GET", path, null, null, null, List.of());
    }

    private static String query(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    private long lastAuditId() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT coalesce(max(id), 0) FROM audit_entry")) {
            last.next();
            return last.getLong(1);
        }
    }
}
