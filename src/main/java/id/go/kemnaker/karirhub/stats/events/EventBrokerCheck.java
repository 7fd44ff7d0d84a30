package id.go.kemnaker.karirhub.stats.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQConnector;

/**
 * Says in the readiness answer what the broker is doing ({@code not configured}, each channel
 * {@code up} or {@code down} with the connector's reason), and stays up either way: reads and the
 * HTTP way in do not need the broker, so a broker that is down or restarting must not take the
 * instance out of service. (Quarkus Messaging's own checks are switched off for the two channels
 * in application.properties: they would go down with the broker.) The consumer reconnects by
 * itself.
 */
@Readiness
@ApplicationScoped
class EventBrokerCheck implements HealthCheck {

    private final boolean enabled;
    private final Instance<RabbitMQConnector> connector;

    EventBrokerCheck(@ConfigProperty(name = "mp.messaging.incoming.events.enabled", defaultValue = "false") boolean enabled,
            @Any Instance<RabbitMQConnector> connector) {
        this.enabled = enabled;
        this.connector = connector;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("KarirHub events broker").up();
        if (!enabled || !connector.isResolvable()) { // the connector is a bean qualified @Connector, hence @Any
            return response.withData("broker", "not configured (KARIRHUB_EVENTS_BROKER unset): events only by POST /api/v1/events")
                    .build();
        }
        HealthReport report = connector.get().getReadiness();
        response.withData("broker", report.isOk() ? "up" : "down: the consumer reconnects by itself; reads are not affected");
        for (HealthReport.ChannelInfo channel : report.getChannels()) {
            response.withData(channel.getChannel(), channel.isOk() ? "up"
                    : "down" + (channel.getMessage() == null ? "" : ": " + channel.getMessage()));
        }
        return response.build();
    }
}
