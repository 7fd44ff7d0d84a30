package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.AuditTrails;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.WriteError;
import id.go.kemnaker.karirhub.stats.problem.WriteRefusedException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;

/**
 * Stores and removes counts with their audit entries, on the caller's transaction, under the
 * audit trail's write lock: the rules ({@link CountRules}) judge the writes against what is
 * stored ({@link CountStore}), and only writes that keep every rule are stored, each change with
 * its audit entry, the regional sums of the changed months refreshed, all or nothing.
 */
@ApplicationScoped
public class CountWriter {

    /** From how many new rows on a write refreshes the planner's statistics of the counts before it reads them again. */
    static final int FRESH_STATISTICS_AT = 10_000;

    private final DataSource dataSource;
    private final AuditTrails auditTrails;
    private final CountRules rules;

    CountWriter(DataSource dataSource, AuditTrails auditTrails, RegionDirectory regions) {
        this.dataSource = dataSource;
        this.auditTrails = auditTrails;
        this.rules = new CountRules(regions);
    }

    /** Runs {@code work} holding the audit write lock, on the transaction's connection. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T locked(String actor, String channel, LockedWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new Session(new CountStore(connection), auditTrails.begin(connection, actor, channel), rules));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write counts", e);
        }
    }

    @FunctionalInterface
    public interface LockedWork<T> {
        T run(Session session) throws SQLException;
    }

    /** The writes one locked transaction can do. */
    public static final class Session {

        private final CountStore store;
        private final AuditTrail audit;
        private final CountRules rules;

        private Session(CountStore store, AuditTrail audit, CountRules rules) {
            this.store = store;
            this.audit = audit;
            this.rules = rules;
        }

        /** The count stored in {@code cell}, with the ETag that If-Match must quote to change it. */
        public Optional<TaggedAmount> find(Cell cell) throws SQLException {
            return store.find(cell).map(row -> new TaggedAmount(row.amount(), row.etag()));
        }

        /**
         * Stores every write, or stores nothing and throws {@link WriteRefusedException} naming each
         * write that breaks a rule (see {@link CountRules}).
         */
        public WriteSummary write(List<CellWrite> writes) throws SQLException {
            CountStore.StoredMonths stored = store.months(writes.stream().map(CellWrite::cell).toList());
            List<WriteError> refused = rules.beforeStoring(writes, stored.periods());
            if (!refused.isEmpty()) {
                throw new WriteRefusedException(refused);
            }
            List<CellWrite> inserts = new ArrayList<>();
            Map<Long, Long> updates = new LinkedHashMap<>(); // row id -> new count
            List<AuditTrail.CountChange> changes = new ArrayList<>();
            int unchanged = 0;
            for (CellWrite write : writes) {
                CountStore.StoredCount current = stored.counts().get(write.cell());
                if (current == null) {
                    inserts.add(write);
                    changes.add(new AuditTrail.CountChange(write.cell(), null, write.count()));
                } else if (current.amount() != write.count()) {
                    updates.put(current.id(), write.count());
                    changes.add(new AuditTrail.CountChange(write.cell(), current.amount(), write.count()));
                } else {
                    unchanged++;
                }
            }
            store.insert(inserts);
            store.update(updates);
            if (inserts.size() >= FRESH_STATISTICS_AT) {
                // The planner's statistics still describe the table before this insert (on a new database, a
                // few hundred rows); the statements below would be planned as if the new rows were not there.
                store.analyze();
            }
            long firstEntry = audit.recordCounts(changes);
            List<Cell> changedRegional = changes.isEmpty() ? List.of() : writes.stream()
                    .filter(write -> !write.cell().isNational()).map(write -> write.cell().wholeMonth().anyRegion()).distinct().toList();
            store.refreshRegionalSums(changedRegional, firstEntry);
            if (!changes.isEmpty()) { // what is stored already keeps every breakdown within its parent
                List<Cell> months = writes.stream().map(write -> write.cell().wholeMonth().anyRegion()).distinct().toList();
                List<WriteError> above = rules.aboveParent(writes, store.excesses(months));
                if (!above.isEmpty()) {
                    throw new WriteRefusedException(above);
                }
            }
            return new WriteSummary(inserts.size(), updates.size(), unchanged);
        }

        /** Removes a stored count and records it; false when there was none. */
        public boolean delete(Cell cell) throws SQLException {
            Optional<CountStore.StoredCount> current = store.find(cell);
            if (current.isEmpty()) {
                return false;
            }
            store.delete(current.get());
            long firstEntry = audit.recordCounts(List.of(new AuditTrail.CountChange(cell, current.get().amount(), null)));
            if (!cell.isNational()) {
                store.refreshRegionalSums(List.of(cell.wholeMonth().anyRegion()), firstEntry);
            }
            return true;
        }
    }

    /** A stored count and the strong ETag that If-Match must quote to change it. */
    public record TaggedAmount(long amount, String etag) {
    }
}
