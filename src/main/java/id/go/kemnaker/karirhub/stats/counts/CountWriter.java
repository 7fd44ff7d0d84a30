package id.go.kemnaker.karirhub.stats.counts;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * stored, counts of whole categories in {@link CountStore}, their parts along dimensions in
 * {@link BreakdownStore}; only writes that keep every rule are stored, each change with its audit
 * entry, the regional sums of the changed months refreshed (of wholes and of parts), all or nothing.
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
            return work.run(new Session(new CountStore(connection), new BreakdownStore(connection),
                    auditTrails.begin(connection, actor, channel), rules));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write counts", e);
        }
    }

    /** The count stored in {@code cell} with its ETag, read outside any write (no lock): for a GET of one count. */
    public Optional<TaggedAmount> read(Cell cell) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<CountStore.StoredCount> row = cell.isTotal() ? new CountStore(connection).find(cell)
                    : Optional.ofNullable(new BreakdownStore(connection).months(List.of(cell)).counts().get(cell));
            return row.map(stored -> new TaggedAmount(stored.amount(), stored.etag()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + cell.describe(), e);
        }
    }

    @FunctionalInterface
    public interface LockedWork<T> {
        T run(Session session) throws SQLException;
    }

    /** The writes one locked transaction can do. */
    public static final class Session {

        private final CountStore store;
        private final BreakdownStore parts;
        private final AuditTrail audit;
        private final CountRules rules;

        private Session(CountStore store, BreakdownStore parts, AuditTrail audit, CountRules rules) {
            this.store = store;
            this.parts = parts;
            this.audit = audit;
            this.rules = rules;
        }

        /** The count stored in {@code cell}, with the ETag that If-Match must quote to change it. */
        public Optional<TaggedAmount> find(Cell cell) throws SQLException {
            return stored(cell).map(row -> new TaggedAmount(row.amount(), row.etag()));
        }

        private Optional<CountStore.StoredCount> stored(Cell cell) throws SQLException {
            return cell.isTotal() ? store.find(cell) : Optional.ofNullable(parts.months(List.of(cell)).counts().get(cell));
        }

        /**
         * Stores every write, or stores nothing and throws {@link WriteRefusedException} naming each
         * write that breaks a rule (see {@link CountRules}).
         */
        public WriteSummary write(List<CellWrite> writes) throws SQLException {
            List<Cell> wholeCells = new ArrayList<>();
            List<Cell> partCells = new ArrayList<>();
            for (CellWrite write : writes) {
                (write.cell().isTotal() ? wholeCells : partCells).add(write.cell());
            }
            CountStore.StoredMonths stored = store.months(wholeCells);
            CountStore.StoredMonths storedParts = parts.months(partCells);
            Map<Cell, StoredPeriods> periods = Cell.hashMap(stored.periods().size() + storedParts.periods().size());
            periods.putAll(stored.periods()); // keys of parts name their breakdown
            periods.putAll(storedParts.periods());
            List<WriteError> refused = rules.beforeStoring(writes, periods);
            if (!refused.isEmpty()) {
                throw new WriteRefusedException(refused);
            }
            List<CellWrite> inserts = new ArrayList<>();
            List<CellWrite> partInserts = new ArrayList<>();
            // row id -> new count, in the order of the ids, which is that of the rows on disk: the update
            // of a regency year (98,688 rows) took 1.18-1.60 s so against 1.61-2.32 s in the file's order
            Map<Long, Long> updates = new TreeMap<>();
            Map<Long, Long> partUpdates = new TreeMap<>();
            List<AuditTrail.CountChange> changes = new ArrayList<>();
            int unchanged = 0;
            for (CellWrite write : writes) {
                boolean whole = write.cell().isTotal();
                CountStore.StoredCount current = (whole ? stored : storedParts).counts().get(write.cell());
                if (current == null) {
                    (whole ? inserts : partInserts).add(write);
                    changes.add(new AuditTrail.CountChange(write.cell(), null, write.count()));
                } else if (current.amount() != write.count()) {
                    (whole ? updates : partUpdates).put(current.id(), write.count());
                    changes.add(new AuditTrail.CountChange(write.cell(), current.amount(), write.count()));
                } else {
                    unchanged++;
                }
            }
            // New rows go in in the order of the key indexes, which then fill their pages one after
            // another: the COPY of a regency year (98,688 rows) took 1.04-1.05 s so against 1.47-1.49 s
            // in the file's order, a year of regencies by sex and education 0.72-0.76 s against 0.90-1.00 s
            inserts.sort(Comparator.comparing(CellWrite::cell, Cell.KEY_ORDER));
            partInserts.sort(Comparator.comparing(CellWrite::cell, Cell.KEY_ORDER));
            store.insert(inserts);
            store.update(updates);
            parts.insert(partInserts);
            parts.update(partUpdates);
            if (inserts.size() >= FRESH_STATISTICS_AT) {
                // The planner's statistics still describe the table before this insert (on a new database, a
                // few hundred rows); the statements below would be planned as if the new rows were not there.
                store.analyze();
            }
            if (partInserts.size() >= FRESH_STATISTICS_AT) {
                parts.analyze();
            }
            long firstEntry = audit.recordCounts(changes);
            List<Cell> changedRegional = changes.isEmpty() ? List.of() : wholeCells.stream()
                    .filter(cell -> !cell.isNational()).map(cell -> cell.wholeMonth().anyRegion()).distinct().toList();
            store.refreshRegionalSums(changedRegional, firstEntry);
            // the nation's own parts are no region's: they change no sum (as national counts leave regional_sum alone)
            parts.refreshPartSums(changes.stream().map(AuditTrail.CountChange::cell)
                    .filter(cell -> !cell.isTotal() && !cell.isNational()).toList());
            if (!changes.isEmpty()) { // what is stored already keeps every breakdown within its parent
                List<Cell> months = wholeCells.stream().map(cell -> cell.wholeMonth().anyRegion()).distinct().toList();
                List<WriteError> above = new ArrayList<>(months.isEmpty() ? List.of() : rules.aboveParent(writes, store.excesses(months)));
                if (!partCells.isEmpty() || parts.anyIn(wholeCells)) {
                    above.addAll(rules.partsAboveWhole(writes, parts.excesses(writes.stream().map(CellWrite::cell).toList())));
                }
                if (!partCells.isEmpty()) {
                    above.addAll(rules.aboveParent(writes, parts.regionalExcesses(partCells)));
                }
                if (!above.isEmpty()) {
                    throw new WriteRefusedException(above);
                }
            }
            return new WriteSummary(inserts.size() + partInserts.size(), updates.size() + partUpdates.size(), unchanged);
        }

        /** Removes a stored count and records it; false when there was none. */
        public boolean delete(Cell cell) throws SQLException {
            Optional<CountStore.StoredCount> current = stored(cell);
            if (current.isEmpty()) {
                return false;
            }
            if (cell.isTotal()) {
                store.delete(current.get());
            } else {
                parts.delete(current.get());
            }
            long firstEntry = audit.recordCounts(List.of(new AuditTrail.CountChange(cell, current.get().amount(), null)));
            if (cell.isTotal() && !cell.isNational()) {
                store.refreshRegionalSums(List.of(cell.wholeMonth().anyRegion()), firstEntry);
            } else if (!cell.isNational()) {
                parts.refreshPartSums(List.of(cell));
            }
            return true;
        }
    }

    /** A stored count and the strong ETag that If-Match must quote to change it. */
    public record TaggedAmount(long amount, String etag) {
    }
}
