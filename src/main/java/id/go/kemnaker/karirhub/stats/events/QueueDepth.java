package id.go.kemnaker.karirhub.stats.events;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The gauge {@code karirhub_events_queue_depth}: how many messages wait in the consumer's queue, as
 * the broker counts them (a passive declare every 10 s on a connection of its own, so the
 * consumer's channel is never disturbed); NaN when there is no broker or it cannot be asked. The
 * connector exposes no such number. Beside it, where a broker is configured,
 * {@code karirhub_events_pending}: messages this instance has received and not yet counted.
 */
@ApplicationScoped
class QueueDepth {

    private static final Logger LOG = Logger.getLogger(QueueDepth.class);
    private static final String CHANNEL = "mp.messaging.incoming.events.";

    private final boolean enabled;
    private final ConnectionFactory factory = new ConnectionFactory();
    private final String queue;
    private final Instance<BrokerConsumer> consumer;
    private final MeterRegistry registry;
    private volatile double depth = Double.NaN;
    private ScheduledExecutorService schedule;
    private Connection connection;

    QueueDepth(@ConfigProperty(name = CHANNEL + "enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = CHANNEL + "queue.name") String queue,
            @ConfigProperty(name = CHANNEL + "host", defaultValue = "localhost") String host,
            @ConfigProperty(name = CHANNEL + "port", defaultValue = "5672") int port,
            @ConfigProperty(name = CHANNEL + "username") Optional<String> username,
            @ConfigProperty(name = CHANNEL + "password") Optional<String> password,
            @ConfigProperty(name = CHANNEL + "virtual-host", defaultValue = "/") String virtualHost,
            Instance<BrokerConsumer> consumer, MeterRegistry registry) {
        this.enabled = enabled;
        this.consumer = consumer;
        this.registry = registry;
        this.queue = queue;
        factory.setHost(host);
        factory.setPort(port);
        username.ifPresent(factory::setUsername);
        password.ifPresent(factory::setPassword);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(5_000);
        Gauge.builder("karirhub.events.queue.depth", this, gauge -> gauge.depth)
                .description("Messages waiting in the consumer's queue, as the broker counts them (NaN: no broker, or not reachable)")
                .register(registry);
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return; // and the consumer, whose emitter needs the broker's channels, is never created
        }
        Gauge.builder("karirhub.events.pending", consumer.get(), BrokerConsumer::pending)
                .description("Messages this instance received from the broker and has not counted yet").register(registry);
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "karirhub-queue-depth");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::read, 1, 10, TimeUnit.SECONDS);
    }

    /** Stops the reads and waits for one under way, so that no connection is opened after the last close. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule.awaitTermination(6, TimeUnit.SECONDS);
        }
        close();
    }

    private synchronized void read() {
        try {
            if (connection == null || !connection.isOpen()) {
                connection = factory.newConnection("karirhub-stats queue depth");
            }
            try (Channel channel = connection.createChannel()) {
                depth = channel.queueDeclarePassive(queue).getMessageCount();
            }
        } catch (Exception e) {
            depth = Double.NaN;
            LOG.debugf("Could not read the depth of %s: %s", queue, e.getMessage());
            close();
        }
    }

    private synchronized void close() {
        try {
            if (connection != null) {
                connection.abort();
            }
        } catch (RuntimeException e) {
            // closing a broken connection: nothing more to do
        }
        connection = null;
    }
}
