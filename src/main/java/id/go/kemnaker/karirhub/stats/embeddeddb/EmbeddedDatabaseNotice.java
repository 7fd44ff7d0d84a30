package id.go.kemnaker.karirhub.stats.embeddeddb;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Says once, loudly, that the service runs on its embedded database and how to change that; and
 * holds the database up while the application runs (see {@link EmbeddedDatabase#IN_USE}).
 */
@ApplicationScoped
class EmbeddedDatabaseNotice {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseNotice.class);

    private final Optional<String> activeUrl;
    private final String dataDirectory;

    EmbeddedDatabaseNotice(@ConfigProperty(name = EmbeddedDatabaseConfigSourceFactory.ACTIVE) Optional<String> activeUrl,
            @ConfigProperty(name = "karirhub.embedded-db.data-dir", defaultValue = "data/postgres") String dataDirectory) {
        this.activeUrl = activeUrl;
        this.dataDirectory = dataDirectory;
    }

    void onStart(@Observes StartupEvent event) {
        activeUrl.ifPresent(url -> System.setProperty(EmbeddedDatabase.IN_USE, "true"));
        activeUrl.ifPresent(url -> LOG.warnf(
                "Running on the EMBEDDED PostgreSQL (%s), data in %s. For a real server set "
                        + "QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.",
                url, java.nio.file.Path.of(dataDirectory).toAbsolutePath().normalize()));
    }

    /** After the graceful shutdown (delay, running requests): the database may stop now. */
    void onStop(@Observes ShutdownEvent event) {
        System.clearProperty(EmbeddedDatabase.IN_USE);
    }
}
