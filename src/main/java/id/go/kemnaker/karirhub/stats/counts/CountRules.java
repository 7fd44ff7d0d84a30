package id.go.kemnaker.karirhub.stats.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.Source;
import id.go.kemnaker.karirhub.stats.cells.WriteError;
import id.go.kemnaker.karirhub.stats.cells.WriteError.Kind;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionEntry;

/**
 * The rules a write of counts must keep, each stated once, whatever carried the writes (a count's
 * path, a batch, an import): every error names its write's {@link Source} and its {@link Kind}.
 * <ul>
 * <li>a cell at most once among the writes;</li>
 * <li>a stock (what remains of a register) as a month total, never a week;</li>
 * <li>a region that existed on at least one day of the cell's period;</li>
 * <li>one granularity per month and region: week counts or a month total, among the writes and
 * against what is stored (levels may differ: the nation may give a month total where a province
 * gives weeks);</li>
 * <li>regions add up to at most their parent's stored count (the rest is unallocated);</li>
 * <li>the parts of a count along a dimension add up to at most the count (the rest is unallocated).</li>
 * </ul>
 * A message is written for whoever sent the write: a file's lines point at each other
 * ("line 2 already gives weeks"), a batch's items by index.
 */
public final class CountRules {

    private final RegionDirectory regions;

    CountRules(RegionDirectory regions) {
        this.regions = regions;
    }

    /**
     * What can be judged before anything is stored: repeated cells, regions outside their period,
     * and months given at two granularities (among the writes, or against {@code storedPeriods}:
     * per month, 0 for a stored month total and 1-4 for stored weeks). In the order of the writes.
     */
    List<WriteError> beforeStoring(List<CellWrite> writes, Map<Cell, StoredPeriods> storedPeriods) {
        return judge(writes, storedPeriods, regions);
    }

    /**
     * The rules that need nothing stored: repeated cells and months at two granularities among the
     * writes themselves. An import that has bad cells asks for them too, so that one answer names
     * every bad line.
     */
    public static List<WriteError> amongThemselves(List<CellWrite> writes) {
        return judge(writes, Map.of(), null);
    }

    /** One pass over the writes in order; {@code regions} null leaves the regions unjudged. */
    private static List<WriteError> judge(List<CellWrite> writes, Map<Cell, StoredPeriods> storedPeriods,
            RegionDirectory regions) {
        List<WriteError> errors = new ArrayList<>();
        Map<Cell, CellWrite> first = Cell.hashMap(writes.size());
        Map<Cell, CellWrite> firstWeek = Cell.hashMap(writes.size()); // by month (Cell.wholeMonth())
        Map<Cell, CellWrite> firstMonthTotal = Cell.hashMap(writes.size());
        for (CellWrite write : writes) {
            Cell cell = write.cell();
            CellWrite earlier = first.putIfAbsent(cell, write);
            if (earlier != null) {
                errors.add(new WriteError(write.source(), Kind.DUPLICATE, duplicate(write, earlier)));
                continue;
            }
            if (cell.category().isStock() && !cell.isMonthTotal()) {
                errors.add(new WriteError(write.source(), Kind.WEEK_OF_STOCK, cell.describe() + " cannot be stored: "
                        + cell.category() + " is a stock, counted at the end of a month; give its month total, without a week"));
                continue;
            }
            String invalidRegion = regions == null ? null : invalidRegion(regions, cell);
            if (invalidRegion != null) {
                errors.add(new WriteError(write.source(), Kind.REGION_NOT_VALID, invalidRegion));
            }
            Cell month = cell.wholeMonth();
            StoredPeriods stored = storedPeriods.getOrDefault(month, StoredPeriods.NONE);
            CellWrite other = (cell.isMonthTotal() ? firstWeek : firstMonthTotal).get(month);
            if (cell.isMonthTotal() ? stored.hasWeeks() : stored.hasMonthTotal()) {
                errors.add(new WriteError(write.source(), Kind.MIXED_STORED, cell.describe() + " cannot be stored: "
                        + month.describe().replace(" month total", "") + " already holds " + stored.describe()));
            } else if (other != null) {
                errors.add(new WriteError(write.source(), Kind.MIXED_WITHIN, mixed(write, other)));
            } else {
                (cell.isMonthTotal() ? firstMonthTotal : firstWeek).putIfAbsent(month, write);
            }
        }
        return errors;
    }

    /**
     * The writes each excess involves (a write of the parent, or of a region under it, in that
     * period): a breakdown may be less than its parent, never more.
     */
    List<WriteError> aboveParent(List<CellWrite> writes, List<CountStore.Excess> excesses) {
        Map<Source, WriteError> errors = new java.util.LinkedHashMap<>();
        for (CountStore.Excess excess : excesses) {
            Cell sum = excess.cell();
            String period = sum.isMonthTotal() ? sum.describe().replace(" month total", " (the whole month)") : sum.describe();
            String parent = excess.parent();
            String message = "the " + (parent == null ? "provinces" : "regencies of " + parent) + " add up to "
                    + excess.childrenSum() + " (" + excess.reporting() + " reporting) for " + period
                    + ", more than the " + (parent == null ? "national count " : "count of " + parent + " ")
                    + excess.parentCount() + "; a breakdown may be less than its parent (the rest is unallocated), never more";
            for (CellWrite write : writes) {
                Cell cell = write.cell();
                boolean samePeriod = sum.isMonthTotal() ? cell.wholeMonth().anyRegion().equals(sum)
                        : cell.anyRegion().equals(sum) || cell.isMonthTotal() && cell.anyRegion().equals(sum.wholeMonth());
                if (samePeriod && involves(cell, parent)) {
                    errors.putIfAbsent(write.source(), new WriteError(write.source(), Kind.ABOVE_PARENT, message));
                }
            }
        }
        return List.copyOf(errors.values());
    }

    /**
     * The writes each excess of parts over their whole involves (the whole, or one of the parts):
     * a breakdown along a dimension may be less than its whole, never more, as regions may not
     * add up to more than their parent.
     */
    List<WriteError> partsAboveWhole(List<CellWrite> writes, List<BreakdownStore.Excess> excesses) {
        Map<Source, WriteError> errors = new java.util.LinkedHashMap<>();
        for (BreakdownStore.Excess excess : excesses) {
            Cell whole = excess.whole();
            String period = excess.wholeMonth() ? whole.describe().replace(" month total", " (the whole month)") : whole.describe();
            String message = "the " + excess.over().parameter() + " codes of " + period + " add up to " + excess.partsSum()
                    + " (" + excess.parts() + " given), more than " + (whole.isTotal() ? "its count " : "that count ")
                    + excess.wholeCount() + "; a breakdown may be less than its whole (the rest is unallocated), never more";
            for (CellWrite write : writes) {
                Cell cell = write.cell();
                Cell compared = excess.wholeMonth() ? cell.wholeMonth() : cell;
                boolean part = cell.breakdown().code(excess.over()) != null
                        && compared.withBreakdown(cell.breakdown().with(excess.over(), null)).equals(whole);
                if (part || compared.equals(whole)) {
                    errors.putIfAbsent(write.source(), new WriteError(write.source(), Kind.ABOVE_PARENT, message));
                }
            }
        }
        return List.copyOf(errors.values());
    }

    private static String invalidRegion(RegionDirectory regions, Cell cell) {
        if (cell.isNational()) {
            return null;
        }
        RegionEntry region = regions.find(cell.region()).orElse(null);
        if (region == null) {
            return "region " + cell.region() + " is not a Kemendagri region code; see GET /api/v1/regions";
        }
        if (region.validDuring(cell.period().start(), cell.period().end())) {
            return null;
        }
        return region.label() + " did not exist in " + cell.period().id() + " (" + region.validity() + "); " + cell.describe()
                + " cannot be stored" + (region.replacedBy() != null ? "; use " + region.replacedBy() + " after " + region.validTo() : "");
    }

    /** Whether a write at {@code cell} is part of the comparison of {@code parent} (null: the nation) with its children. */
    private static boolean involves(Cell cell, String parent) {
        if (parent == null) {
            return cell.region() == null || cell.region().length() == 2 || cell.region().length() == 5;
        }
        return parent.equals(cell.region()) || (cell.region() != null && cell.region().startsWith(parent + "."));
    }

    private static String duplicate(CellWrite write, CellWrite earlier) {
        return earlier.source() instanceof Source.Line line ? "duplicate of line " + line.number()
                : "repeats item " + earlier.source().label() + " (" + write.cell().describe() + ")";
    }

    /** A month given both ways among the writes: a file's reader is pointed at the line, an API client at the item. */
    private static String mixed(CellWrite write, CellWrite other) {
        boolean otherGivesWeeks = other.cell().week() != null;
        if (other.source() instanceof Source.Line line) {
            return "line " + line.number() + " already gives " + (otherGivesWeeks ? "weeks" : "a month total")
                    + " for this month; give weeks or a month total, not both";
        }
        return write.cell().describe() + " cannot be stored together with " + (otherGivesWeeks ? "week counts" : "a month total")
                + " of the same month (" + other.source().label() + ")";
    }

}
