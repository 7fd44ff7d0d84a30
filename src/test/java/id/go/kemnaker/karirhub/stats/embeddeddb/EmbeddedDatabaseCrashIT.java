package id.go.kemnaker.karirhub.stats.embeddeddb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.PackagedService;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;

/**
 * The packaged service on its embedded database, as a newcomer or a small office runs it: four
 * writers store counts, the database's processes are killed (SIGKILL, as the OOM killer or a
 * power cut would stop them), and after a restart every write that was answered 200/201 is there.
 * With the library's defaults (fsync and synchronous_commit off) the last ~0.5 s of answered
 * commits were lost this way.
 */
@OwnsYears({2051})
class EmbeddedDatabaseCrashIT {

    private static final int YEAR = TestYears.of(EmbeddedDatabaseCrashIT.class)[0];
    private static final List<String> CATEGORIES = List.of("JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING");
    private static final int WRITERS = 4;
    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");
    private static final String[] TRUST_DEV_TOKENS = {
            "mp.jwt.verify.publickey.location=" + Path.of("dev/jwt/public-key.pem").toAbsolutePath(),
            "mp.jwt.verify.issuer=" + Tokens.ISSUER };

    @TempDir
    Path workDirectory;

    private PackagedService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    /** A count's place: one of the 192 weeks of the year this class owns. */
    private record Key(String category, int month, int week) {

        String path() {
            return "/api/v1/counts/" + category + "/" + YEAR + "/" + month + "/weeks/" + week;
        }
    }

    /** What one writer sent to a key: the last value answered 2xx, and the last one sent at all. */
    private static final class Written {
        final Key key;
        volatile long acknowledged;
        volatile long attempted;

        Written(Key key) {
            this.key = key;
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesTheDatabaseBeingKilled() throws Exception {
        assumeTrue(PackagedService.usesEmbeddedDatabase(), "only the embedded database is started by the service itself");
        Path dataDirectory = workDirectory.resolve("postgres");
        int port = PackagedService.freePort();
        service = PackagedService.start(workDirectory.resolve("first.log"), port, dataDirectory, TRUST_DEV_TOKENS);
        assertEquals("on", setting("fsync"), "the embedded database flushes to disk");
        assertEquals("on", setting("synchronous_commit"), "a commit is flushed before it is acknowledged");
        assertEquals("on", setting("full_page_writes"));

        List<Written> keys = new ArrayList<>();
        for (String category : CATEGORIES) {
            for (int month = 1; month <= 12; month++) {
                for (int week = 1; week <= 4; week++) {
                    keys.add(new Written(new Key(category, month, week)));
                }
            }
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = Tokens.bearer(Roles.DATA_OFFICER);
        AtomicBoolean databaseKilled = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<Long>> answered = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            List<Written> own = keys.subList(writer * keys.size() / WRITERS, (writer + 1) * keys.size() / WRITERS);
            answered.add(writers.submit(() -> write(client, token, port, own, databaseKilled)));
        }
        // kill while the writers are busy, once every key holds an answered value
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (keys.stream().anyMatch(written -> written.acknowledged < 2) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        int killed = killDatabase(dataDirectory);
        databaseKilled.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers stop once the database is gone");
        long acknowledgedWrites = 0;
        for (Future<Long> count : answered) {
            acknowledgedWrites += count.get();
        }
        service.stop();

        service = PackagedService.start(workDirectory.resolve("second.log"), port, dataDirectory, TRUST_DEV_TOKENS);
        List<String> lost = new ArrayList<>();
        for (Written written : keys) {
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + written.key.path()))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long stored = read.statusCode() == 200 ? storedCount(read.body()) : 0;
            // a write in flight at the kill may or may not have committed; an answered one must have
            if (stored < written.acknowledged || stored > written.attempted) {
                lost.add(written.key + ": answered " + written.acknowledged + ", sent up to " + written.attempted
                        + ", stored " + (read.statusCode() == 200 ? stored : "nothing"));
            }
        }
        System.out.printf("EmbeddedDatabaseCrashIT: %d processes killed after %d acknowledged writes on %d keys; %d lost%n",
                killed, acknowledgedWrites, keys.size(), lost.size());
        assertTrue(keys.stream().allMatch(written -> written.acknowledged > 0), "every key was written before the kill (" + acknowledgedWrites + " writes)");
        assertTrue(lost.isEmpty(), "acknowledged writes lost after the crash:\n" + String.join("\n", lost));
        service.sql("DELETE FROM reported_count WHERE year = " + YEAR);
    }

    /** Writes 1, 2, 3 ... to each key in turn until the database is gone; returns how many were answered 2xx. */
    private static long write(HttpClient client, String token, int port, List<Written> keys, AtomicBoolean databaseKilled)
            throws Exception {
        long acknowledged = 0;
        for (long value = 1; ; value++) {
            for (Written written : keys) {
                written.attempted = value;
                HttpResponse<String> answer;
                try {
                    answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + written.key.path()))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"count\":" + value + "}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    return acknowledged;
                }
                if (answer.statusCode() == 200 || answer.statusCode() == 201) {
                    written.acknowledged = value;
                    acknowledged++;
                } else if (databaseKilled.get() || answer.statusCode() >= 500) {
                    return acknowledged;
                } else {
                    throw new AssertionError("PUT " + written.key.path() + " answered " + answer.statusCode() + ": " + answer.body());
                }
            }
        }
    }

    /** SIGKILL to the postmaster and every process it started; returns how many were killed. */
    private static int killDatabase(Path dataDirectory) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow(() -> new AssertionError("no postmaster " + postmaster));
        List<ProcessHandle> processes = new ArrayList<>(server.descendants().toList());
        processes.add(0, server);
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }
        return processes.size();
    }

    private String setting(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(service.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private static long storedCount(String body) {
        Matcher count = COUNT.matcher(body);
        assertTrue(count.find(), "a count in " + body);
        return Long.parseLong(count.group(1));
    }
}
