package id.go.kemnaker.karirhub.stats.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * The classes of input that once ended in a 500 or a bare error, each with the answer a
 * client can act on: the status, the problem type and the field named. Writes aim at year
 * 2058, which this class owns.
 */
@QuarkusTest
@OwnsYears({2058})
class HardeningTest {

    private static final int YEAR = TestYears.of(HardeningTest.class)[0];
    private static final String INVALID_BODY = "urn:karirhub:problem:invalid-body";
    private static final String INVALID_PARAMETER = "urn:karirhub:problem:invalid-parameter";

    @Test
    void refusesMomentsOutsideTheSupportedRange() {
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021&asOf={asOf}", "-5000-01-01T00:00:00Z").then()
                .statusCode(400).body("type", equalTo(INVALID_PARAMETER), "errors[0].field", equalTo("asOf"),
                        "errors[0].message", startsWith("must lie from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z"));
        given().header("Authorization", Tokens.bearer("auditor")).when().get("/api/v1/audit?since={since}", "-5000-01-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("since"), "errors[0].message", startsWith("must lie from"));
    }

    /**
     * A client that pipelines its requests: each answer ended on the event loop started the next
     * request deeper on the same stack, until a few hundred overflowed it (and could leave the
     * class loader hung). 1,500 requests on one connection, reads answered by the route and by
     * JAX-RS, a 404, and writes whose bodies arrive while their request waits for a fresh stack:
     * each is answered, in order, and each write is stored.
     */
    @Test
    void answersEveryPipelinedRequestInOrder() throws Exception {
        String token = Tokens.bearer("data-officer");
        List<String> targets = List.of("/api/v1/statistics/facilitated-workers?year=2021", "/api/v1/catalog",
                "/api/v1/no-such-thing", "/api/v1/statistics/service-users?year=2021");
        StringBuilder requests = new StringBuilder();
        List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            if (i >= 1000 && i % 100 == 50) { // a thousand reads first: a long run with no worker thread between
                int week = i / 100 % 4 + 1;
                String body = "{\"count\":" + (1000 + i) + "}";
                requests.append("PUT /api/v1/counts/EMPLOYER/" + YEAR + "/7/weeks/" + week + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body);
                expected.add(-1); // 200 or 201
                continue;
            }
            String target = targets.get(i % targets.size());
            requests.append("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            expected.add(target.contains("no-such-thing") ? 404 : 200);
        }
        List<Integer> statuses = RawHttp.pipeline(RestAssured.port, requests.toString().getBytes(StandardCharsets.UTF_8), expected.size());
        assertEquals(expected.size(), statuses.size(), "every pipelined request is answered");
        for (int i = 0; i < expected.size(); i++) {
            int status = statuses.get(i);
            if (expected.get(i) == -1) {
                assertTrue(status == 200 || status == 201, "write " + i + " answered " + status);
            } else {
                assertEquals(expected.get(i), status, "request " + i);
            }
        }
        // the last write of each week is the one stored
        for (int week = 1; week <= 4; week++) {
            int last = 0;
            for (int i = 1050; i < 1500; i += 100) {
                if (i / 100 % 4 + 1 == week) {
                    last = 1000 + i;
                }
            }
            given().when().get("/api/v1/counts/EMPLOYER/{year}/7/weeks/{week}", YEAR, week).then().statusCode(200)
                    .body("count", equalTo(last));
        }
    }

    @Test
    void readsAnEmptyAcceptHeaderAsAnyType() throws Exception {
        for (String path : List.of("/api/v1/statistics/facilitated-workers?year=2021", "/api/v1/reports/performance?year=2021")) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", path, List.<String[]>of(new String[] { "Accept", "" }), null);
            assertEquals(200, answer.status(), path + ": " + answer.body());
            assertTrue(answer.header("Content-Type").startsWith("application/json"), path);
        }
    }

    @Test
    void namesADuplicateKeyInABodyAndInABatchItem() {
        putCount("{\"count\":5,\"count\":7}").statusCode(400)
                .body("type", equalTo(INVALID_BODY), "errors[0].field", equalTo("count"), "errors[0].message", startsWith("is given twice"));
        batch("[{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":1,\"count\":2}]").statusCode(400)
                .body("type", equalTo(INVALID_BODY), "errors[0].field", equalTo("[0].count"), "errors[0].message", startsWith("is given twice"));
    }

    @Test
    void refusesFractionsAndStringsWhereAnIntegerIsMeant() {
        putCount("{\"count\":7.9}").statusCode(400).body("errors[0].field", equalTo("count"),
                "errors[0].message", startsWith("must be a whole number, written without quotes or decimals"));
        putCount("{\"count\":\"5\"}").statusCode(400).body("errors[0].field", equalTo("count"));
        batch("[{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":0.99}]").statusCode(400)
                .body("errors[0].field", equalTo("[0].count"));
        given().when().get("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(404);
    }

    @Test
    void refusesTrailingContentAndUnknownFields() {
        putCount("{\"count\":5} {\"count\":6}").statusCode(400).body("errors[0].field", equalTo("body"),
                "errors[0].message", startsWith("has more content after the JSON value"));
        putCount("{\"count\":5} x").statusCode(400).body("errors[0].field", equalTo("body"),
                "errors[0].message", startsWith("is not valid JSON (line 1, column 13)"));
        batch("[{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"weak\":1,\"count\":5}]").statusCode(400)
                .body("errors[0].field", equalTo("[0].weak"), "errors[0].message", containsString("the fields are ageGroup, category, count, education, month, occupation, region, sex, week, year"));
    }

    @Test
    void refusesControlCharactersAndUnpairedSurrogatesInTexts() {
        for (String evidence : List.of("a\\u0000b", "a\\ud800b", "\\udc00")) {
            given().header("Authorization", Tokens.bearer("planner")).contentType("application/json")
                    .body("{\"realisation\":50,\"evidence\":\"" + evidence + "\"}")
                    .when().put("/api/v1/indicators/DATA_UTILITY_INDEX/realisations/{year}", YEAR).then().statusCode(400)
                    .body("errors[0].field", equalTo("evidence"), "errors[0].message", containsString("unpaired surrogates"));
        }
        given().header("Authorization", Tokens.bearer("planner")).contentType("application/json")
                .body("{\"realisation\":50,\"evidence\":5}")
                .when().put("/api/v1/indicators/DATA_UTILITY_INDEX/realisations/{year}", YEAR).then().statusCode(400)
                .body("type", equalTo(INVALID_BODY), "errors[0].field", equalTo("evidence"), "errors[0].message", startsWith("must be a text"));
    }

    @Test
    void answers415ToABodyWithoutContentType() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1",
                List.<String[]>of(new String[] { "Authorization", Tokens.bearer("data-officer") }), "{\"count\":5}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, answer.status(), answer.body());
        assertTrue(answer.body().contains("urn:karirhub:problem:unsupported-media-type"), answer.body());
        given().header("Authorization", Tokens.bearer("data-officer")).contentType("text/plain").body("{\"count\":5}")
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(415)
                .body("type", equalTo("urn:karirhub:problem:unsupported-media-type"));
    }

    @Test
    void refusesAnEmptyIfMatch() {
        given().header("Authorization", Tokens.bearer("data-officer")).header("If-Match", "").contentType("application/json")
                .body("{\"count\":5}").when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"), "errors[0].message", startsWith("is empty"));
    }

    @Test
    void refusesOddQueryParameters() throws Exception {
        for (String query : List.of("year=2021%00", "year=%2B2021", "year=%D9%A2%D9%A0%D9%A2%D9%A1", "year=2021&year=2022", "year=%zz")) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/api/v1/statistics/facilitated-workers?" + query, List.of(), null);
            assertEquals(400, answer.status(), query + ": " + answer.body());
            assertTrue(answer.body().contains("\"field\":\"year\""), query + ": " + answer.body());
        }
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021&year=2021").then().statusCode(200);
    }

    @Test
    void capsTheErrorsOfAnImportAndCountsThemAll() {
        StringBuilder csv = new StringBuilder("category,year,month,week,count\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("JOB_SEEKER,").append(YEAR).append(",1,1,not-a-number\n");
        }
        given().header("Authorization", Tokens.bearer("data-officer")).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(422)
                .body("type", equalTo("urn:karirhub:problem:invalid-csv"), "errors", hasSize(1_000), "errorCount", equalTo(2_500),
                        "detail", containsString("Only the first 1000 of 2500 errors are listed"), "errors[0].line", equalTo(2));
    }

    @Test
    void answersTheHttpLayersErrorsAsProblems() throws Exception {
        given().when().get("/api/v1/categories?x=" + "a".repeat(9_000)).then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(414));
        given().header("X-Padding", "a".repeat(30_000)).when().get("/api/v1/categories").then().statusCode(431)
                .contentType(Problem.MEDIA_TYPE);
        RawHttp.Answer options = RawHttp.send(RestAssured.port, "OPTIONS", "*", List.of(), null);
        assertEquals(404, options.status());
        assertTrue(options.header("Content-Type").startsWith(Problem.MEDIA_TYPE));
        given().when().patch("/api/v1/counts/JOB_SEEKER/2021/1/weeks/1").then().statusCode(405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PUT")).contentType(Problem.MEDIA_TYPE);
        given().when().delete("/api/v1/categories").then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void answers413ToAChunkedBodyOverTheLimit() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        Arrays.fill(eleven, (byte) 'a');
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/api/v1/imports",
                List.<String[]>of(new String[] { "Transfer-Encoding", "chunked" }, new String[] { "Content-Type", "text/csv" },
                        new String[] { "Authorization", Tokens.bearer("data-officer") }), chunked(eleven));
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith(Problem.MEDIA_TYPE), answer.headers().toString());
        assertTrue(answer.body().contains("urn:karirhub:problem:too-large"), answer.body());
    }

    @Test
    void answers413ToAStreamedBodyOverTheLimit() throws Exception {
        // the client asks for HTTP/2 (an h2c upgrade); the service speaks HTTP/1.1, so the body comes chunked
        byte[] eleven = new byte[11 * 1024 * 1024];
        Arrays.fill(eleven, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/imports"))
                .header("Authorization", Tokens.bearer("data-officer")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(eleven))).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE),
                response.headers() + " " + response.body());
        assertTrue(response.body().contains("urn:karirhub:problem:too-large"));
    }

    @Test
    void buildsLocationFromThePathNeverFromTheHostHeader() throws Exception {
        String path = "/api/v1/counts/EMPLOYER/" + YEAR + "/2";
        RawHttp.Answer created = RawHttp.send(RestAssured.port, "PUT", path, List.<String[]>of(new String[] { "Content-Type", "application/json" },
                new String[] { "Authorization", Tokens.bearer("data-officer") }, new String[] { "X-Forwarded-Host", "evil.example" }),
                "{\"count\":12}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.body());
        assertEquals(path, created.header("Location"));
        given().header("Authorization", Tokens.bearer("data-officer")).when().delete(path).then().statusCode(204);
    }

    @Test
    void protectsThePrintableReport() {
        given().when().get("/api/v1/reports/performance?year=2021&format=html").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = 1 << 16;
        for (int at = 0; at < body.length; at += size) {
            int length = Math.min(size, body.length - at);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void answersTargetsWithCharactersRfc3986ForbidsWithAProblemNotA500() throws Exception {
        String token = Tokens.bearer("data-officer");
        record Case(String method, String target, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case("GET", "/api/v1/regions/lookup?name=a|b", 404, null),
                new Case("GET", "/api/v1/regions/lookup?name=Atlantis{1}", 404, null),
                new Case("PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1?region=3|2", 400, "region"),
                new Case("GET", "/api/v1/statistics/facilitated-workers?year=20^21", 400, "year"),
                new Case("GET", "/dashboard|x", 404, null),
                new Case("GET", "/q/health|x", 404, null),
                new Case("GET", "/api/v1/counts/JOB_SEEKER/2021/1/weeks/`1`", 400, "week"),
                new Case("GET", "/api/v1/statistics/facilitated-workers?year=2021&region=\"32\"", 400, "region"),
                new Case("GET", "/api/v1/categories<script>", 404, null));
        for (Case bad : cases) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, bad.method(), bad.target(),
                    List.<String[]>of(new String[] { "Authorization", token }, new String[] { "Content-Type", "application/json" }),
                    bad.method().equals("PUT") ? "{\"count\":1}".getBytes(StandardCharsets.UTF_8) : null);
            assertEquals(bad.status(), answer.status(), bad.target() + ": " + answer.body());
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), bad.target());
            if (bad.field() != null) {
                assertTrue(answer.body().contains("\"field\":\"" + bad.field() + "\""), bad.target() + ": " + answer.body());
            }
        }
        // and a request with one in a parameter the endpoint does not read still succeeds, with its Location
        RawHttp.Answer created = RawHttp.send(RestAssured.port, "PUT", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/2/weeks/1?x=a|b",
                List.<String[]>of(new String[] { "Authorization", token }, new String[] { "Content-Type", "application/json" }),
                "{\"count\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.body());
        assertEquals("/api/v1/counts/JOB_SEEKER/" + YEAR + "/2/weeks/1", created.header("Location"));
        given().header("Authorization", token).when().delete("/api/v1/counts/JOB_SEEKER/{year}/2/weeks/1", YEAR).then().statusCode(204);
    }

    @Test
    void honoursQZeroAndTheSdmxVersionInAccept() {
        String statistics = "/api/v1/statistics/facilitated-workers?year=2021";
        given().accept("text/csv;q=0").when().get(statistics).then().statusCode(406).contentType("application/problem+json");
        given().accept("text/csv;q=0, application/json").when().get(statistics).then().statusCode(200)
                .contentType("application/json");
        given().accept("application/json;q=0, text/csv").when().get(statistics).then().statusCode(200)
                .contentType(startsWith("text/csv"));
        given().accept("text/turtle;q=0").when().get("/api/v1/catalog").then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("text/turtle;q=0, */*").when().get("/api/v1/catalog").then().statusCode(200)
                .contentType(startsWith("application/ld+json"));
        given().accept("application/vnd.sdmx.data+csv;version=3.0.0").when().get(statistics).then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("application/vnd.sdmx.data+csv;version=2.0.0").when().get(statistics).then().statusCode(200)
                .contentType(startsWith("application/vnd.sdmx.data+csv; version=2.0.0"));
    }

    @Test
    void acceptingProblemDetailsNeverRefusesTheAnswer() {
        given().accept("application/problem+json").when().get("/api/v1/categories").then().statusCode(200)
                .contentType("application/json");
        given().header("Authorization", Tokens.bearer("data-officer")).contentType("application/json").body("{\"count\":3}")
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/3/weeks/1", YEAR).then().statusCode(201);
        given().header("Authorization", Tokens.bearer("data-officer")).accept("application/problem+json")
                .when().delete("/api/v1/counts/JOB_SEEKER/{year}/3/weeks/1", YEAR).then().statusCode(204);
        given().accept("application/problem+json").when().get("/api/v1/counts/JOB_SEEKER/{year}/3/weeks/1", YEAR)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesAnEmptyHostAnEmptyContentTypeAndAForeignIfMatchWithProblems() throws Exception {
        RawHttp.Answer emptyHost = RawHttp.send(RestAssured.port, "GET", "/api/v1/catalog",
                List.<String[]>of(new String[] { "Host", "" }), null);
        assertEquals(400, emptyHost.status(), emptyHost.body());
        RawHttp.Answer blankContentType = RawHttp.send(RestAssured.port, "POST", "/api/v1/counts/batch",
                List.<String[]>of(new String[] { "Authorization", Tokens.bearer("data-officer") }, new String[] { "Content-Type", "" }),
                ("[{\"category\":\"EMPLOYER\",\"year\":" + YEAR + ",\"month\":5,\"count\":1}]").getBytes(StandardCharsets.UTF_8));
        assertEquals(415, blankContentType.status(), blankContentType.body());
        assertTrue(blankContentType.header("Content-Type").startsWith("application/problem+json"));
        given().header("If-Match", "garbage").when().get("/api/v1/regions/32").then().statusCode(412)
                .contentType("application/problem+json").body("detail", containsString("If-Match"));
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", hasSize(0));
    }

    @Test
    void refusesAWriteWhoseAnswerTheClientWouldNotAcceptBeforeStoringIt() {
        given().header("Authorization", Tokens.bearer("data-officer")).accept("application/xml").contentType("text/csv")
                .body("category,year,month,count\nEMPLOYER," + YEAR + ",7,5\n").when().post("/api/v1/imports")
                .then().statusCode(406).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("data-officer")).accept("text/csv, application/json;q=0")
                .contentType("application/json").body("{\"count\":5}")
                .when().put("/api/v1/counts/EMPLOYER/{year}/7", YEAR).then().statusCode(406);
        given().when().get("/api/v1/counts?year={year}", YEAR).then().body("", hasSize(0));
    }

    private static ValidatableResponse putCount(String body) {
        return given().header("Authorization", Tokens.bearer("data-officer")).contentType("application/json").body(body)
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then();
    }

    private static ValidatableResponse batch(String body) {
        return given().header("Authorization", Tokens.bearer("data-officer")).contentType("application/json").body(body)
                .when().post("/api/v1/counts/batch").then();
    }
}
