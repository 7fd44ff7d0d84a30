package id.go.kemnaker.karirhub.stats.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps {@link CachedAnswers} coherent with writes made through other instances on the same
 * database: {@code LISTEN}s on {@link AuditTrail#NOTIFY_CHANNEL} (every writing transaction
 * sends one notification at commit) and on {@link LiveVersions#NOTIFY_CHANNEL} (every commit of
 * events), and reads the data version and the live counters after each notification, and at
 * least every third of {@code karirhub.cache.ttl} so the version stays trusted while the
 * connection is healthy. A lost connection is logged once and re-opened, re-subscribing and
 * re-reading the version, since notifications sent in between are lost. The version read on
 * (re)connecting is taken as it is, even when it is smaller than the one known (a database
 * restored from a backup); otherwise versions only move forward.
 *
 * <p>It uses a connection of its own, outside the pool: a LISTEN lives as long as its session.
 *
 * <p>Metrics: {@code karirhub_change_listener_connected} (1 while subscribed),
 * {@code karirhub_change_listener_reconnects_total} (subscriptions after the first) and
 * {@code karirhub_change_listener_notifications_total}.
 */
@ApplicationScoped
class DataChangeListener {

    private static final Logger LOG = Logger.getLogger(DataChangeListener.class);
    private static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(10);
    private static final String LATEST_VERSION = "SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1";
    /** The measures and years of the entries between two versions (at most 1,000 pairs: a big import names them all). */
    private static final String TOUCHED = "SELECT DISTINCT coalesce(category, indicator), year FROM audit_entry"
            + " WHERE id > ? AND id <= ? LIMIT 1000";

    private final CachedAnswers answers;
    private final LiveVersions live;
    private final DataChanges changes;
    private final CacheConfig config;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;
    private volatile boolean subscribed;
    private final Counter reconnects;
    private final Counter notificationsReceived;

    DataChangeListener(CachedAnswers answers, LiveVersions live, DataChanges changes, CacheConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            MeterRegistry registry) {
        this.answers = answers;
        this.live = live;
        this.changes = changes;
        this.config = config;
        this.url = url;
        this.username = username;
        this.password = password;
        Gauge.builder("karirhub.change.listener.connected", this, listener -> listener.subscribed ? 1 : 0)
                .description("1 while this instance listens for other instances' writes (LISTEN/NOTIFY), 0 otherwise")
                .register(registry);
        this.reconnects = Counter.builder("karirhub.change.listener.reconnects")
                .description("Times the data-change listener subscribed again after losing its connection").register(registry);
        this.notificationsReceived = Counter.builder("karirhub.change.listener.notifications")
                .description("Data-change notifications received (one per committed write on any instance)").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        // With the cache off too: the listener also follows the live figures' counters (LiveVersions). Not
        // followed, every year may hold live figures, so every read took the live path: a by-region read at the
        // grain of weeks, a national read with the live statement beside it (0.28 and 0.50 of the throughput
        // before live figures, bench/compare.sh with the cache off, at 7dbf01f).
        if (!config.listen()) {
            LOG.infof("Not listening for other instances' writes (karirhub.cache.listen=false): they are seen within %s",
                    config.ttl());
            return;
        }
        running = true;
        thread = new Thread(this::listen, "karirhub-data-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        subscribed = false;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(connection);
        }
    }

    private void listen() {
        Duration delay = Duration.ofMillis(250);
        boolean lost = false;
        boolean first = true;
        while (running) {
            try (Connection listening = DriverManager.getConnection(url, credentials())) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + AuditTrail.NOTIFY_CHANNEL);
                    statement.execute("LISTEN " + LiveVersions.NOTIFY_CHANNEL);
                }
                DataVersion known = latestVersion(listening);
                answers.observed(known);
                live.observed(liveVersions(listening), true);
                subscribed = true;
                if (!first) {
                    reconnects.increment();
                }
                first = false;
                if (lost) {
                    LOG.infof("Listening for data changes again on %s", AuditTrail.NOTIFY_CHANNEL);
                    lost = false;
                }
                delay = Duration.ofMillis(250);
                PGConnection notifications = listening.unwrap(PGConnection.class);
                int wait = (int) Math.max(100, config.ttl().toMillis() / 3);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(wait);
                    if (received != null) {
                        notificationsReceived.increment(received.length);
                    }
                    DataVersion latest = latestVersion(listening);
                    LOG.debugf("%d notification(s); data version %d", received == null ? 0 : received.length, latest.id());
                    answers.confirm(latest);
                    if (latest.id() != known.id()) {
                        changes.publish(officialChange(listening, known, latest));
                        known = latest;
                    }
                    live.observed(liveVersions(listening), true);
                    for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                        if (LiveVersions.NOTIFY_CHANNEL.equals(notification.getName())) {
                            changes.publish(liveChange(notification.getParameter(), latest));
                        }
                    }
                }
            } catch (SQLException e) {
                subscribed = false;
                live.lost();
                if (!running) {
                    return;
                }
                // A connection dropped once (the database restarting, or stopping with this JVM) is only
                // worth a warning when reconnecting fails too.
                if (!lost && connection == null) {
                    LOG.warnf("Lost the data-change listener's connection (%s); cached answers are trusted for at most %s "
                            + "until it is back", e.getMessage(), config.ttl());
                    lost = true;
                } else {
                    LOG.debugf("The data-change listener's connection ended (%s); reconnecting", e.getMessage());
                }
                connection = null;
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                delay = delay.multipliedBy(2).compareTo(MAX_RECONNECT_DELAY) > 0 ? MAX_RECONNECT_DELAY : delay.multipliedBy(2);
            }
        }
    }

    private static DataVersion latestVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(LATEST_VERSION)) {
            return row.next() ? new DataVersion(row.getLong(1), row.getTimestamp(2).toInstant()) : DataVersion.NONE;
        }
    }

    /** What the audit entries after {@code before} up to {@code after} touched: measures and years. */
    private static DataChanges.Change officialChange(Connection connection, DataVersion before, DataVersion after)
            throws SQLException {
        TreeSet<String> measures = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(TOUCHED)) {
            statement.setLong(1, before.id());
            statement.setLong(2, after.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        measures.add(rows.getString(1));
                    }
                    if (rows.getObject(2) != null) {
                        years.add(rows.getInt(2));
                    }
                }
            }
        }
        return new DataChanges.Change(after.id(), "official", List.copyOf(measures), List.copyOf(years), after.changedAt());
    }

    /** A commit of events, from its notification's payload ({@code CATEGORY:YEAR} pairs, comma separated). */
    private static DataChanges.Change liveChange(String payload, DataVersion version) {
        TreeSet<String> measures = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (String pair : payload == null ? new String[0] : payload.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                measures.add(pair.substring(0, colon));
                try {
                    years.add(Integer.parseInt(pair.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    // a payload of another shape names no year
                }
            }
        }
        return new DataChanges.Change(version.id(), "live", List.copyOf(measures), List.copyOf(years), java.time.Instant.now());
    }

    /** The live counters of every year events were counted in ({@link LiveVersions}). */
    private static Map<Integer, Long> liveVersions(Connection connection) throws SQLException {
        Map<Integer, Long> versions = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(LiveVersions.READ)) {
            while (rows.next()) {
                versions.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return versions;
    }

    private Properties credentials() {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "karirhub-stats data-change listener");
        // A peer that vanished without closing the socket must not hang the listener.
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", Long.toString(Math.max(30, config.ttl().toSeconds() * 2)));
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // closing to wake the listener up; nothing to do if it is already gone
        }
    }
}
