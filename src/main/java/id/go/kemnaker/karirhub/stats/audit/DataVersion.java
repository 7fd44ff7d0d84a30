package id.go.kemnaker.karirhub.stats.audit;

import java.time.Instant;

/**
 * How far the stored data has come: the id of the last audit entry and when it was written.
 * Every committed change writes audit entries, so the id grows with every write, and ids are
 * handed out in commit order (see {@link AuditTrail}). {@code 0} is a database with no entries.
 */
public record DataVersion(long id, Instant changedAt) {

    public static final DataVersion NONE = new DataVersion(0, Instant.EPOCH);

    public boolean isAfter(DataVersion other) {
        return id > other.id;
    }
}
