package id.go.kemnaker.karirhub.stats.embeddeddb;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Points the default datasource at an embedded PostgreSQL when no
 * {@code quarkus.datasource.jdbc.url} is configured.
 *
 * <p>Runs only while the application starts ({@link ExecutionMode#RUNTIME_INIT}): the Quarkus
 * build also reads configuration sources, and a URL handed out then would be recorded in the
 * packaged application and point at a server that no longer exists when it runs.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String ACTIVE = "karirhub.embedded-db.active-url";
    private static final int ORDINAL = 50; // below application.properties (250) and everything else

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || isSet(context.getValue("quarkus.datasource.jdbc.url"))) {
            return List.of();
        }
        Path dataDirectory = Path.of(valueOr(context, "karirhub.embedded-db.data-dir", "data/postgres"))
                .toAbsolutePath().normalize();
        String port = valueOr(context, "karirhub.embedded-db.port", "");
        boolean resetOnStart = Boolean.parseBoolean(valueOr(context, "karirhub.embedded-db.reset-on-start", "false"));
        boolean durable = Boolean.parseBoolean(valueOr(context, "karirhub.embedded-db.durable", "true"));

        String url = EmbeddedDatabase.startOrReuse(dataDirectory,
                port.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(port.trim())), resetOnStart, durable);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "",
                ACTIVE, url), "karirhub-embedded-db", ORDINAL));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return isSet(value) ? value.getValue() : fallback;
    }
}
