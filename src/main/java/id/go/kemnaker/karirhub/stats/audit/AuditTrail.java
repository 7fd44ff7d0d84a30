package id.go.kemnaker.karirhub.stats.audit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.database.CopyRows;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * Writes audit entries on the caller's connection, inside the caller's transaction, so a
 * change and its record commit or roll back together. Obtained from {@link AuditTrails#begin}.
 *
 * <p>Beginning a trail takes one transaction-level advisory lock that every writer takes
 * first: writes are serialised, entry ids grow in commit order, and a reader polling "after id
 * N" can never miss an entry that commits later with a smaller id. It also queues one
 * {@code NOTIFY} on {@link #NOTIFY_CHANNEL}, which PostgreSQL delivers to every listening
 * instance when (and only if) the transaction commits.
 */
public final class AuditTrail {

    /** The PostgreSQL notification channel every committed write signals on. */
    public static final String NOTIFY_CHANNEL = "karirhub_data_changed";

    private static final long WRITE_LOCK = 0x4b61726972487562L; // "KarirHub"
    /**
     * Held by a writer from the moment it takes its commit time to its commit ("KH-seal."): while
     * it is held, entries dated up to now may still be on their way ({@link #awaitSealed}).
     */
    private static final long SEAL_LOCK = 0x4b482d7365616c2eL;

    private final Connection connection;
    private Timestamp changedAt;
    private final String actor;
    private final String channel;
    private long firstEntryId;
    private long lastEntryId;
    private final List<PendingCounts> pendingCounts = new ArrayList<>();

    private AuditTrail(Connection connection, Timestamp changedAt, String actor, String channel) {
        this.connection = connection;
        this.changedAt = changedAt;
        this.actor = actor;
        this.channel = channel;
    }

    /**
     * Takes the write lock, queues the commit notification and fixes the time every entry of
     * this transaction carries.
     */
    static AuditTrail begin(Connection connection, String actor, String channel) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(?), clock_timestamp(), pg_notify(?, '')")) {
            lock.setLong(1, WRITE_LOCK);
            lock.setString(2, NOTIFY_CHANNEL);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return new AuditTrail(connection, result.getTimestamp(2), actor, channel);
            }
        }
    }

    public String actor() {
        return actor;
    }

    /**
     * Stamps this transaction's entries with the time it commits, just before it does (still
     * holding the write lock), never earlier than any entry before them. Until then they carry
     * the time the lock was taken; a long write (an import) would otherwise be dated before
     * moments at which it was not yet visible, and asOf those moments would change once it
     * committed. Writing the entries still takes a while after the stamp (an import's ~100,000
     * take seconds): the seal lock, taken before the stamp, tells readers ({@link #awaitSealed}).
     */
    void seal(Connection transactionConnection) throws SQLException {
        if (lastEntryId == 0 && pendingCounts.isEmpty()) {
            return;
        }
        try (PreparedStatement sealing = transactionConnection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            sealing.setLong(1, SEAL_LOCK);
            sealing.execute();
        }
        try (PreparedStatement now = transactionConnection.prepareStatement(
                "SELECT greatest(clock_timestamp(), max(changed_at)) FROM audit_entry");
                ResultSet time = now.executeQuery()) {
            time.next();
            changedAt = time.getTimestamp(1);
        }
        if (lastEntryId != 0) {
            try (PreparedStatement stamp = transactionConnection.prepareStatement(
                    "UPDATE audit_entry SET changed_at = ? WHERE id BETWEEN ? AND ?")) {
                stamp.setTimestamp(1, changedAt);
                stamp.setLong(2, firstEntryId);
                stamp.setLong(3, lastEntryId);
                stamp.executeUpdate();
            }
        }
        insertCounts(transactionConnection, pendingCounts);
        pendingCounts.clear();
    }

    /**
     * The latest time an entry visible to a statement is dated, as an SQL expression: a read as
     * of a moment selects it beside its figures and asks {@link #settled} whether they are final.
     */
    public static final String LATEST_DATED = "(SELECT max(changed_at) FROM audit_entry)";

    /**
     * Whether an answer as of {@code moment}, read in a snapshot whose latest entry is dated
     * {@code latestDated} ({@link #LATEST_DATED}), is the one it will always be. It is when the
     * moment is earlier: writers are serialised by the write lock, so one that commits after that
     * snapshot began after the entry dated latestDated committed, and stamps no earlier
     * ({@link #seal}). Otherwise entries dated by the moment may still be on their way: wait with
     * {@link #awaitSealed} and read again.
     */
    public static boolean settled(Instant moment, Instant latestDated) {
        return latestDated != null && moment.isBefore(latestDated);
    }

    /**
     * Waits until no writer is between its stamp and its commit (a shared take of the seal lock,
     * released with the statement), for at most one commit: a statement run next on any
     * connection sees every entry dated up to now, and one that commits later is dated later.
     */
    public static void awaitSealed(Connection connection) throws SQLException {
        try (PreparedStatement wait = connection.prepareStatement("SELECT pg_advisory_xact_lock_shared(?)")) {
            wait.setLong(1, SEAL_LOCK);
            wait.execute();
        }
    }

    /** The data version this transaction makes current when it commits; empty when it recorded nothing. */
    public Optional<DataVersion> version() {
        return lastEntryId == 0 ? Optional.empty()
                : Optional.of(new DataVersion(lastEntryId, changedAt.toInstant()));
    }

    /** The count in {@code cell} went from {@code oldValue} to {@code newValue}; null on one side means it did not exist. */
    public record CountChange(Cell cell, Long oldValue, Long newValue) {
    }

    /**
     * Records changes of counts and answers the id of the first one's entry (0 when there are
     * none): their ids are taken now, in order, under the write lock, but the entries are written
     * when the transaction is sealed, already stamped with its commit time (an import records
     * ~100,000 of them, and stamping them afterwards rewrote every one). The entries of one call
     * are numbered in {@link Cell#KEY_ORDER}, which keeps the regional index's inserts in order
     * (a year of regencies by sex and education: 0.71-0.92 s for the COPY against 0.87-1.00 s in
     * the file's order); they share one time, so their order among themselves means nothing else.
     */
    public long recordCounts(List<CountChange> changes) throws SQLException {
        if (changes.isEmpty()) {
            return 0;
        }
        // One block of ids in one call: every writer holds the write lock, so no other entry can
        // take an id between these (the sequence is the identity column's, one value per entry).
        long last;
        try (PreparedStatement ids = connection.prepareStatement("""
                SELECT setval(s.name, nextval(s.name) + ? - 1)
                  FROM (SELECT pg_get_serial_sequence('audit_entry', 'id') AS name) AS s
                """)) {
            ids.setLong(1, changes.size());
            try (ResultSet taken = ids.executeQuery()) {
                taken.next();
                last = taken.getLong(1);
            }
        }
        long first = last - changes.size() + 1;
        List<CountChange> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(CountChange::cell, Cell.KEY_ORDER));
        pendingCounts.add(new PendingCounts(first, Collections.unmodifiableList(ordered))); // the one copy of a write's changes
        noteEntryIds(first, last);
        return first;
    }

    /** Count changes recorded together, with the first of the consecutive ids they took. */
    private record PendingCounts(long firstId, List<CountChange> changes) {
    }

    /** All the entries in one COPY, each with the id it took, already stamped with the commit time. */
    private void insertCounts(Connection connection, List<PendingCounts> pending) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        String time = changedAt.toInstant().toString();
        try (CopyRows copy = CopyRows.into(connection, "audit_entry (id, changed_at, actor, channel, subject, category, year, "
                + "month, week, old_value, new_value, region_code, sex, age_group, education, occupation)")) {
            for (PendingCounts block : pending) {
                long id = block.firstId();
                for (CountChange change : block.changes()) {
                    Cell cell = change.cell();
                    Breakdown part = cell.breakdown();
                    copy.number(id++).text(time).text(actor).text(channel).text(cell.isTotal() ? "COUNT" : "BREAKDOWN")
                            .text(cell.category().name()).number(cell.year()).number(cell.month()).number(cell.week())
                            .number(change.oldValue()).number(change.newValue()).text(cell.region())
                            .text(part.sex()).text(part.ageGroup()).text(part.education()).text(part.occupation()).endRow();
                }
            }
            copy.finish();
        }
    }

    /**
     * One entry about an indicator's value of a year: its {@code TARGET}, or its {@code REALISATION}
     * with the evidence note. {@code oldValue} is null when the value was set for the first time,
     * and equals {@code newValue} when only a realisation's evidence changed.
     */
    public void recordIndicatorValue(String subject, Indicator indicator, int year, BigDecimal oldValue, BigDecimal newValue,
            String evidence) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry "
                + "(changed_at, actor, channel, subject, indicator, year, old_value, new_value, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", GENERATED_ID)) {
            insert.setTimestamp(1, changedAt);
            insert.setString(2, actor);
            insert.setString(3, channel);
            insert.setString(4, subject);
            insert.setString(5, indicator.name());
            insert.setInt(6, year);
            setNullable(insert, 7, oldValue, Types.NUMERIC);
            setNullable(insert, 8, newValue, Types.NUMERIC);
            insert.setString(9, evidence);
            insert.executeUpdate();
            noteEntryIds(insert);
        }
    }

    private static final String[] GENERATED_ID = {"id"};

    /** Remembers the largest id an insert prepared with {@link #GENERATED_ID} was given. */
    private void noteEntryIds(PreparedStatement insert) throws SQLException {
        try (ResultSet ids = insert.getGeneratedKeys()) {
            while (ids.next()) {
                noteEntryIds(ids.getLong(1), ids.getLong(1));
            }
        }
    }

    /** Remembers the smallest and the largest id this transaction's entries were given. */
    private void noteEntryIds(long first, long last) {
        lastEntryId = Math.max(lastEntryId, last);
        firstEntryId = firstEntryId == 0 ? first : Math.min(firstEntryId, first);
    }

    private static void setNullable(PreparedStatement statement, int index, Number value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value, sqlType);
        }
    }
}
