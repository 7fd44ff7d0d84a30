package id.go.kemnaker.karirhub.stats.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.indicators.IndicatorTables;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Refused and failed writes: their problem types, and that they leave the data, the data
 * version and the audit trail as they were. A 500 names an incident that the log names too.
 */
@QuarkusTest
@OwnsYears({ 2068 })
class FailurePathsTest {

    private static final int YEAR = TestYears.of(FailurePathsTest.class)[0];
    private static final String STATISTICS = "/api/v1/statistics/facilitated-workers?year=" + YEAR;
    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    @Inject
    DataSource dataSource;

    private long auditedBefore;
    private String etagBefore;

    @BeforeEach
    void noteWhereTheDataStands() {
        auditedBefore = new IndicatorTables(dataSource).lastAuditId();
        etagBefore = given().when().get(STATISTICS).then().statusCode(200).extract().header("ETag");
    }

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, FailurePathsTest.class).deleteOwnedYears();
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER));
    }

    /** Nothing of the year is stored, no audit entry was written, and the version (so every ETag) is the same. */
    private void assertNothingChanged() {
        given().when().get("/api/v1/counts?year={year}", YEAR).then().statusCode(200).body("", empty());
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).when().get("/api/v1/audit?after={after}", auditedBefore)
                .then().statusCode(200).body("entries", empty());
        given().header("If-None-Match", etagBefore).when().get(STATISTICS).then().statusCode(304);
    }

    @Test
    void refusesAnOversizedBatchWith413AndStoresNothing() {
        StringBuilder json = new StringBuilder("[");
        String item = "{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":1},";
        while (json.length() <= 10 * 1024 * 1024) {
            json.append(item);
        }
        json.setLength(json.length() - 1);
        json.append(']');
        officer().contentType(ContentType.JSON).body(json.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:too-large"))
                .body("status", equalTo(413))
                .body("detail", equalTo("The request body is larger than 10485760 bytes; split the file"));
        byte[] csv = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(csv, (byte) 'a');
        officer().contentType("text/csv").body(csv).when().post("/api/v1/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:too-large"));
        assertNothingChanged();
    }

    @Test
    void refusesAnUnsupportedContentTypeWith415() {
        officer().contentType("text/plain").body("count=1")
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR)
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:unsupported-media-type"))
                .body("title", equalTo("Unsupported media type"))
                .body("status", equalTo(415))
                .body("detail", equalTo("The Content-Type of the request body is not accepted here; JSON operations take "
                        + "application/json, imports text/csv or multipart/form-data"));
        officer().contentType(ContentType.XML).body("<count>1</count>").when().post("/api/v1/counts/batch")
                .then().statusCode(415).body("type", equalTo("urn:karirhub:problem:unsupported-media-type"));
        assertNothingChanged();
    }

    @Test
    void leavesTheAuditTrailUnchangedAfterARefusedBatchOrImport() {
        List<Map<String, Object>> mixed = new ArrayList<>();
        mixed.add(item(2, null, 5));
        mixed.add(item(2, 1, 5)); // a week beside a month total of the same month
        officer().contentType(ContentType.JSON).body(mixed).when().post("/api/v1/counts/batch")
                .then().statusCode(409).body("type", equalTo("urn:karirhub:problem:conflict"));
        officer().contentType(ContentType.JSON).body(List.of(item(1, 1, 3), item(13, 1, 4))).when().post("/api/v1/counts/batch")
                .then().statusCode(400).body("type", equalTo("urn:karirhub:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("[1].month"));
        officer().contentType("text/csv").body("category,year,month,week,count\nJOB_SEEKER," + YEAR + ",1,1,5\nJOB_SEEKER," + YEAR
                + ",1,2,lima\n").when().post("/api/v1/imports")
                .then().statusCode(422).body("type", equalTo("urn:karirhub:problem:invalid-csv"))
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("count"));
        assertNothingChanged();
    }

    /**
     * A failure the service cannot name (here the database refuses rows of this year through a
     * trigger, as a broken schema would): a 500 whose incident id is the one in the ERROR line
     * of the log, and nothing stored.
     */
    @Test
    void answers500WithAnIncidentIdThatTheLogNames() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                synchronized (logged) {
                    logged.add(record.getLevel() + " " + message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(capture);
        sql("CREATE FUNCTION test_refuse_year() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'test: rows of this year are refused' USING ERRCODE = 'XX000'; END $$");
        sql("CREATE TRIGGER test_refuse_year BEFORE INSERT ON reported_count FOR EACH ROW WHEN (NEW.year = " + YEAR
                + ") EXECUTE FUNCTION test_refuse_year()");
        String detail;
        try {
            detail = officer().contentType(ContentType.JSON).body(Map.of("count", 5))
                    .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR)
                    .then().statusCode(500).contentType("application/problem+json")
                    .body("type", equalTo("urn:karirhub:problem:internal-error"))
                    .body("detail", matchesPattern("The service failed to answer this request\\. Quote incident \\S+ when reporting it\\."))
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("test: rows")))
                    .extract().path("detail");
        } finally {
            sql("DROP TRIGGER IF EXISTS test_refuse_year ON reported_count");
            sql("DROP FUNCTION IF EXISTS test_refuse_year()");
            logger.removeHandler(capture);
        }
        Matcher incident = INCIDENT.matcher(detail);
        assertTrue(incident.find(), detail);
        List<String> errors;
        synchronized (logged) {
            errors = logged.stream().filter(line -> line.startsWith("ERROR") && line.contains(incident.group(1))).toList();
        }
        assertEquals(List.of("ERROR Unexpected error on /api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1 (incident "
                + incident.group(1) + ")"), errors);
        assertNothingChanged();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static Map<String, Object> item(int month, Integer week, long count) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", "JOB_SEEKER");
        item.put("year", YEAR);
        item.put("month", month);
        item.put("week", week);
        item.put("count", count);
        return item;
    }
}
