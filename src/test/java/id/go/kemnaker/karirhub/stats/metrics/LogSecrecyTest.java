package id.go.kemnaker.karirhub.stats.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * No token and no request body reaches the log, whatever the request did: accepted, refused for
 * its token, refused for its body. The log is captured at the root logger, where every handler
 * (console, JSON, file) takes its records from.
 */
@QuarkusTest
@OwnsYears({2057})
class LogSecrecyTest {

    private static final int YEAR = TestYears.of(LogSecrecyTest.class)[0];
    private static final String BODY_MARKER = "zz-body-marker-7f3a";

    @Inject
    DataSource dataSource;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            StringWriter text = new StringWriter().append(record.getLoggerName()).append(' ').append(String.valueOf(message));
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            lines.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        new CountsTable(dataSource, LogSecrecyTest.class).deleteYear(YEAR);
    }

    @Test
    void tokensAndBodiesNeverReachTheLog() {
        String valid = Tokens.bearer(Roles.DATA_OFFICER);
        String unknownKey = Tokens.signedByAnUnknownKey(Roles.DATA_OFFICER);
        String expired = Tokens.expired(Roles.DATA_OFFICER);

        given().header("Authorization", valid).contentType(ContentType.JSON).body(Map.of("count", 4242))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(oneOf(200, 201));
        given().header("Authorization", unknownKey).contentType(ContentType.JSON).body(Map.of("count", 1))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/2", YEAR).then().statusCode(401);
        given().header("Authorization", expired).contentType(ContentType.JSON).body(Map.of("count", 1))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/2", YEAR).then().statusCode(401);
        given().header("Authorization", "Bearer " + BODY_MARKER + ".not.a.jwt").when().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", valid).contentType(ContentType.JSON)
                .body("[{\"category\":\"" + BODY_MARKER + "\",\"year\":" + YEAR + ",\"month\":1,\"week\":3,\"count\":1}]")
                .when().post("/api/v1/counts/batch").then().statusCode(400);
        given().header("Authorization", valid).contentType(ContentType.JSON).body("{\"count\": \"" + BODY_MARKER + "\"")
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/3", YEAR).then().statusCode(400);
        given().header("Authorization", valid).contentType("text/csv")
                .body("category,year,month,week,count\n" + BODY_MARKER + "," + YEAR + ",1,4,1\n")
                .when().post("/api/v1/imports").then().statusCode(422);

        Logger.getLogger(LogSecrecyTest.class.getName()).info("capture check");
        assertTrue(lines.stream().anyMatch(line -> line.contains("capture check")), "the capture sees the log");
        for (String line : lines) {
            for (String token : List.of(valid, unknownKey, expired)) {
                String jwt = token.substring("Bearer ".length());
                assertFalse(line.contains(jwt), "a token in the log: " + line);
                // The signature alone identifies a token too.
                assertFalse(line.contains(jwt.substring(jwt.lastIndexOf('.') + 1)), "a token signature in the log: " + line);
            }
            assertFalse(line.contains(BODY_MARKER), "request content in the log: " + line);
        }
    }
}
