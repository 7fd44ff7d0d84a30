package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Arrays;

import javax.sql.DataSource;

import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.cache.CacheConfig;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/**
 * Writes test rows the way the service's writers do, for what the API cannot store (a target
 * of a computed indicator's year with no counts, a clean slate): under the audit write and seal locks,
 * with an audit entry per row (channel {@code test-fixture} or {@code test-cleanup}) stamped at
 * commit, and a {@code NOTIFY}. So the data version moves, cached answers are dropped, and asOf
 * replays stay true. Each call then waits until the running service has seen the new version.
 *
 * <p>It only touches years its owner class claims in {@link TestYears}.
 */
public final class CountsTable {

    private static final long WRITE_LOCK = 0x4b61726972487562L; // AuditTrail's "KarirHub"
    private static final long SEAL_LOCK = 0x4b482d7365616c2eL; // AuditTrail's "KH-seal."
    private static final String STAMP = "(SELECT greatest(clock_timestamp(), max(changed_at)) FROM audit_entry)";
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final Class<?> owner;
    private final int[] years;

    public CountsTable(DataSource dataSource, Class<?> owner) {
        this.dataSource = dataSource;
        this.owner = owner;
        this.years = TestYears.of(owner);
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    public void insert(String category, int year, int month, Integer week, long count) {
        own(year);
        write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reported_count "
                    + "(id, category, year, month, week, amount) VALUES (nextval('reported_count_seq'), ?, ?, ?, ?, ?)");
                    PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (changed_at, actor, channel, "
                            + "subject, category, year, month, week, old_value, new_value) "
                            + "VALUES (" + STAMP + ", 'test fixture', 'test-fixture', 'COUNT', ?, ?, ?, ?, NULL, ?)")) {
                for (PreparedStatement statement : new PreparedStatement[] { insert, audit }) {
                    statement.setString(1, category);
                    statement.setInt(2, year);
                    statement.setInt(3, month);
                    if (week == null) {
                        statement.setNull(4, Types.INTEGER);
                    } else {
                        statement.setInt(4, week);
                    }
                    statement.setLong(5, count);
                    statement.executeUpdate();
                }
            }
        });
    }

    public void insertTarget(String indicator, int year, long target) {
        own(year);
        write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO yearly_target (id, indicator, year, target) "
                    + "VALUES (nextval('yearly_target_seq'), ?, ?, ?)");
                    PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (changed_at, actor, channel, "
                            + "subject, indicator, year, old_value, new_value) "
                            + "VALUES (" + STAMP + ", 'test fixture', 'test-fixture', 'TARGET', ?, ?, NULL, ?)")) {
                for (PreparedStatement statement : new PreparedStatement[] { insert, audit }) {
                    statement.setString(1, indicator);
                    statement.setInt(2, year);
                    statement.setLong(3, target);
                    statement.executeUpdate();
                }
            }
        });
    }

    /** Removes the counts, targets and realisations of one of the owner's years, recording each removal. */
    public void deleteYear(int year) {
        own(year);
        remove(new int[] { year });
    }

    /** Removes everything stored in any of the owner's years. */
    public void deleteOwnedYears() {
        remove(years);
    }

    private void remove(int[] removed) {
        write(connection -> {
            Integer[] boxed = Arrays.stream(removed).boxed().toArray(Integer[]::new);
            for (String sql : new String[] {
                    "DELETE FROM regional_sum WHERE year = ANY (?)",
                    "DELETE FROM part_sum WHERE year = ANY (?)",
                    "WITH removed AS (DELETE FROM reported_count WHERE year = ANY (?) "
                            + "RETURNING category, year, month, week, amount, region_code) "
                            + "INSERT INTO audit_entry (changed_at, actor, channel, subject, category, year, month, week, old_value, "
                            + "new_value, region_code) SELECT " + STAMP + ", 'test cleanup', 'test-cleanup', 'COUNT', category, year, "
                            + "month, week, amount, NULL, region_code FROM removed "
                            + "ORDER BY year, month, category, week NULLS FIRST, region_code NULLS FIRST",
                    PARTS_REMOVED,
                    "WITH removed AS (DELETE FROM yearly_target WHERE year = ANY (?) RETURNING indicator, year, target) "
                            + "INSERT INTO audit_entry (changed_at, actor, channel, subject, indicator, year, old_value, new_value) "
                            + "SELECT " + STAMP + ", 'test cleanup', 'test-cleanup', 'TARGET', indicator, year, target, NULL "
                            + "FROM removed ORDER BY year, indicator",
                    "WITH removed AS (DELETE FROM yearly_realisation WHERE year = ANY (?) RETURNING indicator, year, realisation) "
                            + "INSERT INTO audit_entry (changed_at, actor, channel, subject, indicator, year, old_value, new_value) "
                            + "SELECT " + STAMP + ", 'test cleanup', 'test-cleanup', 'REALISATION', indicator, year, realisation, NULL "
                            + "FROM removed ORDER BY year, indicator" }) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setArray(1, connection.createArrayOf("integer", boxed));
                    statement.executeUpdate();
                }
            }
        });
    }

    /** Removes the parts of counts along dimensions of some years, each with its audit entry. */
    private static final String PARTS_REMOVED = "WITH removed AS (DELETE FROM count_breakdown WHERE year = ANY (?) "
            + "RETURNING category, year, month, week, amount, region_code, sex, age_group, education, occupation) "
            + "INSERT INTO audit_entry (changed_at, actor, channel, subject, category, year, month, week, old_value, new_value, "
            + "region_code, sex, age_group, education, occupation) SELECT " + STAMP + ", 'test cleanup', 'test-cleanup', "
            + "'BREAKDOWN', category, year, month, week, amount, NULL, region_code, sex, age_group, education, occupation "
            + "FROM removed ORDER BY year, month, category, week NULLS FIRST, region_code NULLS FIRST";

    /**
     * Removes the parts along dimensions a test stored in 2021, the LAKIP seed's year, which no
     * class owns: the seed holds no parts, so this leaves 2021 as the migrations loaded it.
     */
    public void deletePartsOf2021() {
        write(connection -> {
            for (String sql : new String[] { "DELETE FROM part_sum WHERE year = ANY (?)", PARTS_REMOVED }) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setArray(1, connection.createArrayOf("integer", new Integer[] { 2021 }));
                    statement.executeUpdate();
                }
            }
        });
    }

    private void own(int year) {
        if (Arrays.stream(years).noneMatch(y -> y == year)) {
            throw new AssertionError(owner.getSimpleName() + " does not own " + year + " (its years: " + Arrays.toString(years)
                    + "); claim it with @OwnsYears");
        }
    }

    /** One writer's transaction: audit lock and NOTIFY first, as AuditTrail.begin does, then the work. */
    private void write(Work work) {
        long version;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // the seal lock too: its entries are stamped by each statement, so it is sealing throughout
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT pg_advisory_xact_lock(?), pg_advisory_xact_lock(?), pg_notify('karirhub_data_changed', '')")) {
                    lock.setLong(1, WRITE_LOCK);
                    lock.setLong(2, SEAL_LOCK);
                    lock.executeQuery().close();
                }
                work.run(connection);
                try (PreparedStatement latest = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM audit_entry");
                        ResultSet row = latest.executeQuery()) {
                    row.next();
                    version = row.getLong(1);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        awaitSeenByTheService(version);
    }

    /** Waits until the service under test (when this runs inside one, with its cache on) trusts {@code version}. */
    private static void awaitSeenByTheService(long version) {
        if (Arc.container() == null) {
            return;
        }
        try (InstanceHandle<CacheConfig> config = Arc.container().instance(CacheConfig.class);
                InstanceHandle<CachedAnswers> answers = Arc.container().instance(CachedAnswers.class)) {
            if (!config.isAvailable() || !answers.isAvailable() || !config.get().enabled()) {
                return;
            }
            long deadline = System.nanoTime() + SEEN_WITHIN.toNanos();
            while (answers.get().knownVersion().id() < version) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the service did not see data version " + version + " within " + SEEN_WITHIN
                            + " (it knows " + answers.get().knownVersion().id() + ")");
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        }
    }
}
