package id.go.kemnaker.karirhub.stats.events;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Turns {@code KARIRHUB_EVENTS_BROKER=amqp://user:password@host:5672/vhost} (the variable, or
 * {@code karirhub.events.broker}) into the settings of the two broker channels, {@code events}
 * (the consumer) and {@code events-refused} (where refused events go), and switches them on.
 * Unset, both stay off (application.properties) and the service needs no broker.
 *
 * <p>An empty path is the default virtual host {@code /}, as is {@code /%2F}; user and password
 * may be percent-encoded. Runs only at start-up ({@link ExecutionMode#RUNTIME_INIT}), so that the
 * build never records a broker's address or password in the packaged application.
 */
public class BrokerConfigSourceFactory implements ConfigSourceFactory {

    static final String BROKER = "karirhub.events.broker";
    private static final String[] CHANNELS = { "mp.messaging.incoming.events.", "mp.messaging.outgoing.events-refused." };
    private static final int ORDINAL = 275; // above application.properties (250), below the environment (300)

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT) {
            return List.of();
        }
        ConfigValue value = context.getValue(BROKER);
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(settings(value.getValue().strip()), "karirhub-events-broker", ORDINAL));
    }

    /** The channel settings of a broker URL; refuses one that is not amqp:// with a host. */
    static Map<String, String> settings(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("KARIRHUB_EVENTS_BROKER is not a URL (amqp://user:password@host:5672/vhost)");
        }
        if (!"amqp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("KARIRHUB_EVENTS_BROKER must be amqp://user:password@host:5672/vhost");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/") ? "/"
                : decode(uri.getRawPath().substring(1));
        Map<String, String> settings = new HashMap<>();
        for (String channel : CHANNELS) {
            settings.put(channel + "enabled", "true");
            settings.put(channel + "host", uri.getHost());
            settings.put(channel + "port", Integer.toString(uri.getPort() < 0 ? 5672 : uri.getPort()));
            settings.put(channel + "virtual-host", path);
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                settings.put(channel + "username", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    settings.put(channel + "password", decode(userInfo.substring(colon + 1)));
                }
            }
        }
        return settings;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
