package id.go.kemnaker.karirhub.stats.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A database connection lost during COMMIT: the client must hear that the outcome is unknown
 * (503 commit-outcome-unknown), not "internal error" and not "nothing was changed", and a
 * retry of the same request must be safe. The test stalls the COMMIT of writes to the year
 * this class owns with a deferred constraint trigger that sleeps, and kills the backend while
 * it sleeps: the COMMIT has been sent, its answer never comes.
 */
@QuarkusTest
@OwnsYears({2090})
class CommitOutcomeTest {

    private static final int YEAR = TestYears.of(CommitOutcomeTest.class)[0];

    @Inject
    DataSource dataSource;

    @BeforeEach
    void stallCommitsOfTheTestYear() throws SQLException {
        execute("CREATE OR REPLACE FUNCTION test_stall_commit() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN IF NEW.year = " + YEAR + " THEN PERFORM pg_sleep(60); END IF; RETURN NULL; END $$");
        execute("DROP TRIGGER IF EXISTS test_stall_commit ON reported_count");
        execute("CREATE CONSTRAINT TRIGGER test_stall_commit AFTER INSERT OR UPDATE ON reported_count "
                + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_stall_commit()");
    }

    @AfterEach
    void removeTheStall() throws SQLException {
        execute("DROP TRIGGER IF EXISTS test_stall_commit ON reported_count");
        execute("DROP FUNCTION IF EXISTS test_stall_commit()");
    }

    /** The three ways to write counts, each aimed at week 1 of January of the test year. */
    enum Write {
        PUT("application/json", "{\"count\":3770}", "/api/v1/counts/JOB_SEEKER/" + YEAR + "/1/weeks/1", "PUT"),
        BATCH("application/json", "[{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":3770}]",
                "/api/v1/counts/batch", "POST"),
        IMPORT("text/csv", "category,year,month,week,count\nJOB_SEEKER," + YEAR + ",1,1,3770\n", "/api/v1/imports", "POST");

        final String contentType;
        final String body;
        final String path;
        final String method;

        Write(String contentType, String body, String path, String method) {
            this.contentType = contentType;
            this.body = body;
            this.path = path;
            this.method = method;
        }

        Response send() {
            return given().header("Authorization", Tokens.bearer("data-officer")).contentType(contentType).body(body)
                    .when().request(method, path);
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void answersCommitOutcomeUnknownWhenTheConnectionBreaksDuringCommitAndARetryIsSafe(Write write) throws Exception {
        String count = "/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1";
        long lastAuditId = lastAuditId();
        CompletableFuture<Response> sent = CompletableFuture.supplyAsync(write::send);

        int backend = awaitBackendWaiting("PgSleep", Duration.ofSeconds(20));
        execute("SELECT pg_terminate_backend(" + backend + ")");
        Response answer = sent.get(30, TimeUnit.SECONDS);

        answer.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:karirhub:problem:commit-outcome-unknown"),
                        "detail", containsString("may or may not have been stored"), "detail", containsString("idempotent"));
        // The backend died before COMMIT finished, so here the write did not land (the client cannot know that).
        given().when().get(count, YEAR).then().statusCode(404);
        assertEquals(lastAuditId, lastAuditId(), "a write that did not commit left audit entries");

        removeTheStall();
        write.send().then().statusCode(write == Write.PUT ? 201 : 200);
        given().when().get(count, YEAR).then().statusCode(200).body("count", equalTo(3770));
        write.send().then().statusCode(200); // repeating it changes nothing
        given().header("Authorization", Tokens.bearer("data-officer")).when().delete(count, YEAR).then().statusCode(204);
    }

    /**
     * The other side of "unknown": the COMMIT has landed but its answer never reaches the service.
     * The write's transaction asks for synchronous replication to a standby that does not exist, so
     * its COMMIT, already durable here, waits; the backend is killed in that wait, which PostgreSQL
     * reports as "the transaction has already committed locally". The client hears 503 unknown; the
     * count is stored; repeating the request stores nothing more and writes no second audit entry.
     */
    @ParameterizedTest
    @EnumSource(Write.class)
    void aCommitThatLandedButWasNotAnsweredIsUnknownAndTheRetryChangesNothing(Write write) throws Exception {
        removeTheStall();
        execute("CREATE OR REPLACE FUNCTION test_sync_commit() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN IF NEW.year = " + YEAR + " THEN PERFORM set_config('synchronous_commit', 'on', true); END IF; "
                + "RETURN NULL; END $$");
        execute("CREATE TRIGGER test_sync_commit AFTER INSERT OR UPDATE ON reported_count FOR EACH ROW "
                + "EXECUTE FUNCTION test_sync_commit()");
        execute("ALTER SYSTEM SET synchronous_standby_names = 'no_such_standby'");
        execute("SELECT pg_reload_conf()");
        String count = "/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1";
        try {
            long lastAuditId = lastAuditId();
            CompletableFuture<Response> sent = CompletableFuture.supplyAsync(write::send);
            int backend = awaitBackendWaiting("SyncRep", Duration.ofSeconds(20));
            execute("SELECT pg_terminate_backend(" + backend + ")");
            Response answer = sent.get(30, TimeUnit.SECONDS);
            answer.then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("urn:karirhub:problem:commit-outcome-unknown"));

            // it did land: the count, and its audit entry
            given().when().get(count, YEAR).then().statusCode(200).body("count", equalTo(3770));
            long afterTheWrite = lastAuditId();
            assertTrue(afterTheWrite > lastAuditId, "the committed write has its audit entry");

            execute("DROP TRIGGER IF EXISTS test_sync_commit ON reported_count");
            Response retry = write.send();
            retry.then().statusCode(200);
            if (write != Write.PUT) {
                retry.then().body("created", equalTo(0), "updated", equalTo(0), "unchanged", equalTo(1));
            }
            given().when().get(count, YEAR).then().statusCode(200).body("count", equalTo(3770));
            assertEquals(afterTheWrite, lastAuditId(), "the retry of a write that had landed wrote no second audit entry");
        } finally {
            execute("DROP TRIGGER IF EXISTS test_sync_commit ON reported_count");
            execute("DROP FUNCTION IF EXISTS test_sync_commit()");
            execute("ALTER SYSTEM RESET synchronous_standby_names");
            execute("SELECT pg_reload_conf()");
        }
        given().header("Authorization", Tokens.bearer("data-officer")).when().delete(count, YEAR).then().statusCode(204);
    }

    /** The pid of a backend waiting on {@code event} (PgSleep in the stalling trigger, SyncRep in a COMMIT). */
    private int awaitBackendWaiting(String event, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet waiting = statement.executeQuery("SELECT pid FROM pg_stat_activity "
                            + "WHERE wait_event = '" + event + "' AND query ILIKE 'commit%'")) {
                if (waiting.next()) {
                    return waiting.getInt(1);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no backend waited on " + event + " in a COMMIT within " + timeout);
    }

    private long lastAuditId() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT coalesce(max(id), 0) FROM audit_entry")) {
            last.next();
            return last.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
