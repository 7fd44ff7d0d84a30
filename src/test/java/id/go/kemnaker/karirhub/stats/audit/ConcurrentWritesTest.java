package id.go.kemnaker.karirhub.stats.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.DatabaseLocks;
import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.indicators.IndicatorTables;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Writers that overlap, forced to: the audit trail records whole transactions in commit order,
 * and no asOf moment shows half a write or a write before it committed.
 */
@QuarkusTest
@OwnsYears({ 2066 })
class ConcurrentWritesTest {

    private static final int YEAR = TestYears.of(ConcurrentWritesTest.class)[0];
    private static final String STATISTICS = "/api/v1/statistics/facilitated-workers?year=" + YEAR;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, ConcurrentWritesTest.class).deleteOwnedYears();
    }

    /**
     * Six batches queue behind the held write lock, then commit one after another: every batch's
     * entries are consecutive ids with one timestamp, and ids and timestamps grow together.
     */
    @Test
    void recordsEachOfManyConcurrentBatchesWholeAndInCommitOrder() throws Exception {
        long start = new IndicatorTables(dataSource).lastAuditId();
        int writers = 6;
        List<CompletableFuture<Integer>> batches;
        try (DatabaseLocks writeLock = DatabaseLocks.holdWriteLock(dataSource)) {
            batches = IntStream.range(0, writers).mapToObj(writer -> CompletableFuture.supplyAsync(() -> given()
                    .header("Authorization", Tokens.bearer(Roles.DATA_OFFICER, "writer-" + writer)).contentType(ContentType.JSON)
                    .body(List.of(item(1 + writer, 1, 10 + writer), item(1 + writer, 2, 20 + writer), item(1 + writer, 3, 30 + writer)))
                    .when().post("/api/v1/counts/batch").then().extract().statusCode())).toList();
            writeLock.awaitWaiting(writers, WAIT);
        }
        batches.forEach(batch -> assertEquals(200, batch.join()));

        JsonPath page = given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .when().get("/api/v1/audit?after={start}&limit=100", start).then().statusCode(200).extract().jsonPath();
        List<Long> ids = page.getList("entries.id", Long.class);
        List<String> actors = page.getList("entries.actor");
        List<Instant> times = page.getList("entries.changedAt", String.class).stream().map(t -> OffsetDateTime.parse(t).toInstant())
                .toList();
        assertEquals(writers * 3, ids.size(), "three entries per batch, nothing else");
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.computeIfAbsent(actors.get(i), a -> new ArrayList<>()).add(i);
            if (i > 0) {
                assertTrue(ids.get(i) > ids.get(i - 1), "ids grow");
                assertTrue(!times.get(i).isBefore(times.get(i - 1)), "a later id is never dated earlier: " + times);
            }
        }
        assertEquals(writers, positions.size());
        positions.forEach((actor, at) -> {
            assertEquals(List.of(at.get(0), at.get(0) + 1, at.get(0) + 2), at, actor + "'s entries are consecutive");
            assertEquals(ids.get(at.get(0)) + 2, ids.get(at.get(2)), actor + "'s ids have no gap");
            assertEquals(1, at.stream().map(times::get).distinct().count(), actor + "'s entries carry one commit time");
        });
    }

    /**
     * A correction that has taken the write lock but not committed (held up here on its row) is
     * not in an asOf answer for a moment after it began, neither while it waits nor after it
     * committed: it is dated when it became visible.
     */
    @Test
    void asOfNeverShowsAWriteBeforeItCommitted() throws Exception {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(Map.of("count", 100))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(201);
        CompletableFuture<Integer> correction;
        String moment;
        byte[] whileWaiting;
        try (DatabaseLocks row = DatabaseLocks.holdCountRow(dataSource, "JOB_SEEKER", YEAR, 1, 1)) {
            correction = CompletableFuture.supplyAsync(() -> given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                    .contentType(ContentType.JSON).body(Map.of("count", 200))
                    .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().extract().statusCode());
            row.awaitWaiting(1, WAIT);
            Instant now = Instant.now();
            moment = now.toString();
            while (!Instant.now().isAfter(now)) {
                Thread.onSpinWait(); // asOf must not be in the future
            }
            whileWaiting = given().when().get(STATISTICS + "&asOf=" + moment).then().statusCode(200)
                    .body("total", equalTo(100)).extract().asByteArray();
        }
        assertEquals(200, correction.join());
        given().when().get(STATISTICS).then().body("total", equalTo(200));
        assertArrayEquals(whileWaiting, given().when().get(STATISTICS + "&asOf=" + moment).then().statusCode(200)
                .body("total", equalTo(100)).extract().asByteArray(), "the same moment gives the same answer after the commit");
    }

    /**
     * A write is dated just before it commits, and for a moment or two (an import's entries take
     * seconds to write) it is dated but not visible. An asOf moment after its date, asked in
     * between, must show it as it will once committed (here by waiting for the commit), never
     * give an answer that the same moment contradicts later.
     */
    @Test
    void aMomentAfterAWriteWasDatedShowsItWhileItIsStillCommitting() throws Exception {
        long start = new IndicatorTables(dataSource).lastAuditId();
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(Map.of("count", 100))
                .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().statusCode(201);
        CompletableFuture<Integer> correction;
        CompletableFuture<Integer> whileCommitting;
        Instant moment;
        try (DatabaseLocks entries = DatabaseLocks.holdAuditEntries(dataSource)) {
            correction = CompletableFuture.supplyAsync(() -> given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                    .contentType(ContentType.JSON).body(Map.of("count", 200))
                    .when().put("/api/v1/counts/JOB_SEEKER/{year}/1/weeks/1", YEAR).then().extract().statusCode());
            entries.awaitWaiting(1, WAIT); // dated, writing its entries
            moment = Instant.now().truncatedTo(ChronoUnit.MICROS);
            while (!Instant.now().isAfter(moment)) {
                Thread.onSpinWait(); // asOf must not be in the future
            }
            String asOf = moment.toString();
            whileCommitting = CompletableFuture.supplyAsync(() -> given().when().get(STATISTICS + "&asOf=" + asOf)
                    .then().statusCode(200).extract().path("total"));
            // It answers at once, or waits for the write: give it the time to do either.
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!whileCommitting.isDone() && entries.waiting() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        assertEquals(200, correction.join());
        Instant dated = OffsetDateTime.parse(given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .when().get("/api/v1/audit?after={start}&limit=100", start).then().statusCode(200)
                .extract().<String>path("entries[1].changedAt")).toInstant();
        assertTrue(!dated.isAfter(moment), "the correction was dated " + dated + ", by the moment asked, " + moment);
        assertEquals(200, (int) given().when().get(STATISTICS + "&asOf=" + moment).then().statusCode(200).extract().path("total"),
                "asked now that it committed");
        assertEquals(200, whileCommitting.join(), "asked while it committed: the same moment, the same answer");
    }

    /**
     * Batches rewrite all four weeks of January to one value (1, 2, ... 15, one after another)
     * while readers look at the present and at moments in between. Each answer must show the
     * last batch committed by then, whole, or nothing before the first: which one that is comes
     * from the commit times the audit trail gives once the writer is done (asOf), and for a
     * current read from what the writer had been told before the read began and the commit
     * times up to its answer. A wrong batch, half a batch or nothing where a batch had committed
     * fails.
     */
    @Test
    void asOfUnderConcurrentWritesNeverShowsHalfAWrite() throws Exception {
        long start = new IndicatorTables(dataSource).lastAuditId();
        int batches = 15;
        // when the writer had its answer for each batch: that batch is visible to any read begun later
        Instant[] answered = new Instant[batches + 1];
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Seen> seen = new ArrayList<>();
        seen.add(readAsOf(pastMoment())); // before the first batch: nothing
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int value = 1; value <= batches; value++) {
                    int v = value;
                    given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                            .body(IntStream.rangeClosed(1, 4).mapToObj(week -> item(1, week, v)).toList())
                            .when().post("/api/v1/counts/batch").then().statusCode(200);
                    answered[v] = Instant.now();
                }
            } finally {
                writing.set(false);
            }
        });
        while (writing.get()) {
            seen.add(readAsOf(pastMoment()));
            seen.add(readCurrent());
        }
        writer.join();

        // The batches as committed: four entries each, one commit time, in the order written.
        JsonPath trail = given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .when().get("/api/v1/audit?after={start}&limit=100", start).then().statusCode(200).extract().jsonPath();
        List<Instant> times = trail.getList("entries.changedAt", String.class).stream().map(t -> OffsetDateTime.parse(t).toInstant())
                .toList();
        List<Long> values = trail.getList("entries.newValue", Long.class);
        assertEquals(batches * 4, times.size(), "four entries per batch, nothing else");
        List<Instant> committed = new ArrayList<>(); // committed.get(v - 1): when batch v committed
        for (int i = 0; i < times.size(); i += 4) {
            assertEquals(Collections.nCopies(4, (long) (i / 4 + 1)), values.subList(i, i + 4), "batch " + (i / 4 + 1) + "'s entries");
            assertEquals(1, times.subList(i, i + 4).stream().distinct().count(), "one commit time per batch");
            committed.add(times.get(i));
        }

        for (Seen read : seen) {
            if (read.asOf() != null) {
                assertEquals(weeksOf(batchAt(committed, read.asOf())), read.weeks(), "asOf " + read.asOf() + ", batches committed "
                        + committed);
            } else {
                int atLeast = 0; // the last batch the writer had been answered for before the read began
                while (atLeast < batches && answered[atLeast + 1].isBefore(read.sent())) {
                    atLeast++;
                }
                int atMost = batchAt(committed, read.received());
                int shown = batchShown(read.weeks());
                assertTrue(shown >= atLeast && shown <= atMost, "a read from " + read.sent() + " to " + read.received()
                        + " shows batch " + atLeast + " to " + atMost + " whole, not " + read.weeks());
            }
        }
        // Every commit time, and the moment just before it, replayed now that all have committed.
        for (int v = 1; v <= batches; v++) {
            Instant at = committed.get(v - 1);
            assertEquals(weeksOf(v), readAsOf(at).weeks(), "as of batch " + v + "'s commit time");
            assertEquals(weeksOf(v - 1), readAsOf(at.minusNanos(1_000)).weeks(), "just before batch " + v + " committed");
        }
        System.out.printf("ConcurrentWritesTest: %d asOf and current reads during %d batches, each checked against the commits%n",
                seen.size() - 1, batches);
    }

    /** A read of January's weeks, as of a moment (null: the current figures), and when it was sent and answered. */
    private record Seen(Instant asOf, Instant sent, Instant received, List<Integer> weeks) {
    }

    private static Seen readAsOf(Instant moment) {
        Instant sent = Instant.now();
        List<Integer> weeks = given().when().get(STATISTICS + "&asOf=" + moment).then().statusCode(200).extract().jsonPath()
                .getList("months[0].weeks.count");
        return new Seen(moment, sent, Instant.now(), weeks);
    }

    private static Seen readCurrent() {
        Instant sent = Instant.now();
        List<Integer> weeks = given().when().get(STATISTICS).then().statusCode(200).extract().jsonPath()
                .getList("months[0].weeks.count");
        return new Seen(null, sent, Instant.now(), weeks);
    }

    /** A moment just past, to the microsecond the database keeps (asOf must not be in the future). */
    private static Instant pastMoment() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).minusMillis(1);
    }

    /** The last batch (1, 2, ...) committed at or before {@code moment}; 0 for none. */
    private static int batchAt(List<Instant> committed, Instant moment) {
        int batch = 0;
        while (batch < committed.size() && !committed.get(batch).isAfter(moment)) {
            batch++;
        }
        return batch;
    }

    /** The batch January's weeks show whole (0: nothing stored), or -1 for a mix. */
    private static int batchShown(List<Integer> weeks) {
        if (weeks.equals(weeksOf(0))) {
            return 0;
        }
        return weeks.size() == 4 && weeks.get(0) != null && weeks.equals(weeksOf(weeks.get(0))) ? weeks.get(0) : -1;
    }

    /** January's four weeks as batch {@code value} wrote them; batch 0 is nothing stored. */
    private static List<Integer> weeksOf(int value) {
        return Collections.nCopies(4, value == 0 ? null : value);
    }

    private static Map<String, Object> item(int month, int week, long count) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", "JOB_SEEKER");
        item.put("year", YEAR);
        item.put("month", month);
        item.put("week", week);
        item.put("count", count);
        return item;
    }
}
