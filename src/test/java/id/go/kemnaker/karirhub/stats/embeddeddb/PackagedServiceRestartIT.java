package id.go.kemnaker.karirhub.stats.embeddeddb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}) as a user
 * would, twice on the same data directory: what was stored before the restart is still there.
 *
 * <p>Without QUARKUS_DATASOURCE_JDBC_URL in the environment the service runs on its embedded
 * database; with it (as .ci/run does where a PostgreSQL answers) on that server.
 */
class PackagedServiceRestartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern EMBEDDED_URL = Pattern.compile("EMBEDDED PostgreSQL \\((jdbc:postgresql://[^)]+)\\)");
    private static final int YEAR = 2097;

    @TempDir
    Path workDirectory;

    private Process service;
    private String jdbcUrl;

    @AfterEach
    void stopAndClean() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor();
        }
    }

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        Path dataDirectory = workDirectory.resolve("postgres");
        int port = freePort();

        start(port, dataDirectory, "first.log");
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year=2021")
                .then().statusCode(200).body("total", equalTo(1_040_746));
        sql("DELETE FROM reported_count WHERE year = " + YEAR);
        sql("INSERT INTO reported_count (id, category, year, month, week, amount) "
                + "VALUES (nextval('reported_count_seq'), 'JOB_SEEKER', " + YEAR + ", 1, 1, 4242)");

        stop();
        if (usesEmbeddedDatabase()) {
            assertFalse(Files.exists(dataDirectory.resolve("postmaster.pid")),
                    "the embedded PostgreSQL was stopped cleanly with the service");
        }

        start(port, dataDirectory, "second.log");
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().statusCode(200).body("total", equalTo(4242));
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year=2021")
                .then().statusCode(200).body("total", equalTo(1_040_746));
        sql("DELETE FROM reported_count WHERE year = " + YEAR);
        stop();
    }

    /** Starts the service and waits until it is ready; remembers the database it uses. */
    private void start(int port, Path dataDirectory, String logName) throws Exception {
        Path log = workDirectory.resolve(logName);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dkarirhub.embedded-db.data-dir=" + dataDirectory.toAbsolutePath(),
                "-jar", JAR.toAbsolutePath().toString());
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(service.isAlive(), () -> "the service exited early:\n" + read(log));
            if (isReady(port)) {
                jdbcUrl = databaseUrl(read(log), dataDirectory);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service was not ready within 90 s:\n" + read(log));
    }

    private static String databaseUrl(String log, Path dataDirectory) {
        if (!usesEmbeddedDatabase()) {
            assertFalse(log.contains("EMBEDDED"), "no embedded database when an external one is configured");
            return System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        }
        Matcher url = EMBEDDED_URL.matcher(log);
        assertTrue(url.find() && log.contains("WARN"), () -> "one WARN line names the embedded database:\n" + log);
        assertTrue(log.contains("data in " + dataDirectory.toAbsolutePath()), "the WARN line says where the data is");
        return url.group(1);
    }

    private void stop() throws InterruptedException {
        service.destroy(); // SIGTERM, as a service manager stops it
        assertTrue(service.waitFor(30, TimeUnit.SECONDS), "the service stops within 30 s of SIGTERM");
    }

    private static boolean isReady(int port) {
        try {
            return given().port(port).when().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) { // RestAssured rethrows ConnectException unchecked
            return false;
        }
    }

    private static boolean usesEmbeddedDatabase() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return external == null || external.isBlank();
    }

    private void sql(String statement) throws SQLException {
        String user = usesEmbeddedDatabase() ? "postgres" : System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
        String password = usesEmbeddedDatabase() ? "" : System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
