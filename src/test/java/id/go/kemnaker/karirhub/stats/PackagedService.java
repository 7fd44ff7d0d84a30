package id.go.kemnaker.karirhub.stats;

import static io.restassured.RestAssured.given;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}) run as a process,
 * as a user or a service manager runs it, for the integration tests.
 *
 * <p>The process inherits the environment: without QUARKUS_DATASOURCE_JDBC_URL the first
 * instance runs on its embedded database; with it (as .ci/run does where a PostgreSQL answers)
 * on that server. Further instances can share the first one's database.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern MANAGEMENT = Pattern.compile("Management interface listening on https?://[^:]+:(\\d+)");
    private static final Pattern EMBEDDED_URL = Pattern.compile("EMBEDDED PostgreSQL \\((jdbc:postgresql://[^)]+)\\)");

    private final Process process;
    private final Path log;
    private final int port;
    private final String jdbcUrl;

    private PackagedService(Process process, Path log, int port, String jdbcUrl) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts the service on the embedded database kept in {@code dataDirectory} (or on the external
     * one) and waits until it is ready. {@code systemProperties} ({@code name=value}) are passed as {@code -D} options.
     */
    public static PackagedService start(Path log, int port, Path dataDirectory, String... systemProperties) throws Exception {
        return start(log, port, dataDirectory, List.of(), systemProperties);
    }

    /** As {@link #start(Path, int, Path, String...)}, with options for the JVM itself ({@code -Xmx256m}). */
    public static PackagedService start(Path log, int port, Path dataDirectory, List<String> jvmOptions, String... systemProperties)
            throws Exception {
        List<String> properties = new ArrayList<>(List.of(systemProperties));
        properties.add("karirhub.embedded-db.data-dir=" + dataDirectory.toAbsolutePath());
        Process process = launch(log, port, jvmOptions, properties);
        try {
            String output = read(log);
            String url = usesEmbeddedDatabase() ? embeddedUrl(output, dataDirectory) : externalUrl(output);
            return new PackagedService(process, log, port, url);
        } catch (AssertionError e) {
            terminate(process);
            throw e;
        }
    }

    /** Starts another instance on the database {@code first} uses and waits until it is ready. */
    public static PackagedService startOnDatabaseOf(PackagedService first, Path log, int port, String... systemProperties)
            throws Exception {
        List<String> properties = new ArrayList<>(List.of(systemProperties));
        if (usesEmbeddedDatabase()) { // the external database comes from the environment, like the first's
            properties.add("quarkus.datasource.jdbc.url=" + first.jdbcUrl);
            properties.add("quarkus.datasource.username=" + user());
            properties.add("quarkus.datasource.password=" + password());
        }
        Process process = launch(log, port, List.of(), properties);
        try {
            assertFalse(read(log).contains("EMBEDDED"), "no embedded database of its own when it shares one");
            return new PackagedService(process, log, port, first.jdbcUrl);
        } catch (AssertionError e) {
            terminate(process);
            throw e;
        }
    }

    /**
     * Starts another instance on the database at {@code jdbcUrl} (the first one's, reached another
     * way, e.g. through a {@link TcpProxy}) and waits until it is ready.
     */
    public static PackagedService startOnDatabase(String jdbcUrl, Path log, int port, String... systemProperties) throws Exception {
        List<String> properties = new ArrayList<>(List.of(systemProperties));
        properties.add("quarkus.datasource.jdbc.url=" + jdbcUrl);
        properties.add("quarkus.datasource.username=" + user());
        properties.add("quarkus.datasource.password=" + password());
        Process process = launch(log, port, List.of(), properties);
        return new PackagedService(process, log, port, jdbcUrl);
    }

    /** The JDBC URL of the database this instance uses. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public int port() {
        return port;
    }

    /** The port of the management interface (metrics), which each instance takes free (quarkus.management.port=0). */
    public int managementPort() {
        Matcher listening = MANAGEMENT.matcher(read(log));
        assertTrue(listening.find(), "the log names the management interface's address");
        return Integer.parseInt(listening.group(1));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the service has logged so far. */
    public String log() {
        return read(log);
    }

    /** Sends SIGTERM and returns at once, to watch the graceful shutdown; {@link #close()} waits. */
    public void signalTerm() {
        process.destroy();
    }

    /** Stops the service as a service manager does (SIGTERM) and checks that it goes. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops within 30 s of SIGTERM");
    }

    /**
     * Stops the service if it still runs, whatever happened in the test: SIGTERM first, so an
     * embedded PostgreSQL stops with it instead of being left behind, then SIGKILL.
     */
    @Override
    public void close() throws InterruptedException {
        terminate(process);
    }

    /** The database the service uses, reached behind its back (to hold its locks, say). */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    /** Runs one SQL statement on the database the service uses, behind its back. */
    public void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user(), password());
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    public static boolean usesEmbeddedDatabase() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return external == null || external.isBlank();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the jar and waits until it is ready; fails with its log if it exits or takes too long. */
    private static Process launch(Path log, int port, List<String> jvmOptions, List<String> systemProperties) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=0"); // several instances on one machine: each its own
        systemProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), () -> "the service exited early:\n" + read(log));
            if (isReady(port)) {
                return process;
            }
            Thread.sleep(250);
        }
        terminate(process);
        throw new AssertionError("the service was not ready within 90 s:\n" + read(log));
    }

    private static void terminate(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String embeddedUrl(String log, Path dataDirectory) {
        Matcher url = EMBEDDED_URL.matcher(log);
        assertTrue(url.find() && log.contains("WARN"), () -> "one WARN line names the embedded database:\n" + log);
        assertTrue(log.contains("data in " + dataDirectory.toAbsolutePath()), "the WARN line says where the data is");
        return url.group(1);
    }

    private static String externalUrl(String log) {
        assertFalse(log.contains("EMBEDDED"), "no embedded database when an external one is configured");
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    }

    private static boolean isReady(int port) {
        try {
            return given().port(port).when().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) { // RestAssured rethrows ConnectException unchecked
            return false;
        }
    }

    private static String user() {
        return usesEmbeddedDatabase() ? "postgres" : System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
    }

    private static String password() {
        return usesEmbeddedDatabase() ? "" : System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
