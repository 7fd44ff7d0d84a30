package id.go.kemnaker.karirhub.stats.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.cache.LiveVersions;
import id.go.kemnaker.karirhub.stats.cells.Cell;

/**
 * Where events are counted: one statement inserts a batch of events into {@code live_event},
 * skipping the ids already there, and adds what the new ones count to {@code live_count}, so an
 * event is counted exactly when its id is inserted, in the same commit (V16). Rows go in key order,
 * so two instances counting overlapping batches wait for each other instead of deadlocking; an id
 * being inserted by another transaction makes this one wait for its end and then skip it.
 */
@ApplicationScoped
public class EventStore {

    /** The channel column: how an event came in. */
    public enum Channel {
        AMQP, HTTP
    }

    private static final String COUNT = """
            WITH incoming AS (
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[], ?::integer[], ?::integer[],
                                     ?::integer[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                     ?::integer[])
                    AS t (event_id, type, occurred_at, category, year, month, week, region_code, sex, age_group, education,
                          occupation, amount)
            ), inserted AS (
                INSERT INTO live_event (event_id, type, occurred_at, channel, category, year, month, week, region_code, sex,
                                        age_group, education, occupation, amount)
                SELECT event_id, type, occurred_at, ?, category, year, month, week, region_code, sex, age_group, education,
                       occupation, amount
                  FROM incoming ORDER BY event_id
                ON CONFLICT (event_id) DO NOTHING
                RETURNING event_id, category, year, month, week, region_code, amount
            ), counted AS (
                INSERT INTO live_count AS c (category, year, month, week, region_code, amount)
                SELECT category, year, month, week, region_code, sum(amount) FROM inserted
                 GROUP BY category, year, month, week, region_code
                 ORDER BY year, category, coalesce(region_code, ''), month, week
                ON CONFLICT (year, category, coalesce(region_code, ''), month, week)
                DO UPDATE SET amount = c.amount + excluded.amount
                RETURNING 1
            ), stamped AS (
                INSERT INTO live_year AS y (year, version)
                SELECT DISTINCT year, 1 FROM inserted ORDER BY year
                ON CONFLICT (year) DO UPDATE SET version = y.version + 1
                RETURNING 1
            ), notified AS (
                SELECT pg_notify('%s', string_agg(DISTINCT category || ':' || year, ',')) FROM inserted HAVING count(*) > 0
            )
            SELECT event_id, year, (SELECT count(*) FROM notified) FROM inserted
            """.formatted(LiveVersions.NOTIFY_CHANNEL);

    private final DataSource dataSource;
    private final LiveVersions liveVersions;

    EventStore(DataSource dataSource, LiveVersions liveVersions) {
        this.dataSource = dataSource;
        this.liveVersions = liveVersions;
    }

    /**
     * Counts the events whose ids are not counted yet, in one commit, and returns the ids it
     * counted: the others (and the second of an id given twice) were duplicates. Throws when the
     * commit fails; then nothing of the batch was counted.
     */
    public Set<String> count(List<LiveEvent> events, Channel channel) {
        Set<String> counted = new HashSet<>();
        if (events.isEmpty()) {
            return counted;
        }
        int n = events.size();
        Object[] ids = new Object[n];
        Object[] types = new Object[n];
        Object[] moments = new Object[n];
        Object[] categories = new Object[n];
        Object[] years = new Object[n];
        Object[] months = new Object[n];
        Object[] weeks = new Object[n];
        Object[] regions = new Object[n];
        Object[] sexes = new Object[n];
        Object[] ages = new Object[n];
        Object[] educations = new Object[n];
        Object[] occupations = new Object[n];
        Object[] amounts = new Object[n];
        for (int i = 0; i < n; i++) {
            LiveEvent event = events.get(i);
            Cell cell = event.cell();
            ids[i] = event.eventId();
            types[i] = event.type().name();
            moments[i] = event.occurredAt().toString();
            categories[i] = event.category().name();
            years[i] = cell.year();
            months[i] = cell.month();
            weeks[i] = cell.week();
            regions[i] = event.region();
            sexes[i] = event.sex();
            ages[i] = event.ageGroup();
            educations[i] = event.education();
            occupations[i] = event.occupation();
            amounts[i] = event.amount();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(COUNT)) {
            connection.setAutoCommit(true);
            int p = 1;
            for (Object[] column : new Object[][] { ids, types, moments, categories }) {
                statement.setArray(p++, array(connection, "varchar", column));
            }
            for (Object[] column : new Object[][] { years, months, weeks }) {
                statement.setArray(p++, array(connection, "integer", column));
            }
            for (Object[] column : new Object[][] { regions, sexes, ages, educations, occupations }) {
                statement.setArray(p++, array(connection, "varchar", column));
            }
            statement.setArray(p++, array(connection, "integer", amounts));
            statement.setString(p, channel.name().toLowerCase(java.util.Locale.ROOT));
            Set<Integer> countedYears = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counted.add(rows.getString(1));
                    countedYears.add(rows.getInt(2));
                }
            }
            liveVersions.touched(countedYears); // this instance's next reads show them; others hear of it (NOTIFY)
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count " + n + " event(s): " + e.getMessage(), e);
        }
        return counted;
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
