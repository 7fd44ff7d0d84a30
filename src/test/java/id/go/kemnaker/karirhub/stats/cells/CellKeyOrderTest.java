package id.go.kemnaker.karirhub.stats.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.categories.Category;

/**
 * {@link Cell#KEY_ORDER} is written out by hand for speed; it must stay the order its
 * documentation gives, which is spelled out here field by field as a chain of key extractors.
 */
class CellKeyOrderTest {

    /** Year, category by name, region (the nation first), month, week (the month first), then the codes (totals first). */
    private static final Comparator<Cell> AS_DOCUMENTED = Comparator.comparingInt(Cell::year)
            .thenComparing(Cell::category, Comparator.comparing(Category::name))
            .thenComparing(Cell::region, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(Cell::month)
            .thenComparing(Cell::week, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(cell -> cell.breakdown().sex(), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(cell -> cell.breakdown().ageGroup(), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(cell -> cell.breakdown().education(), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(cell -> cell.breakdown().occupation(), Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    @Test
    void everyPairComparesAsDocumented() {
        List<Cell> cells = cells(new Random(21), 400);
        int pairs = 0;
        for (Cell a : cells) {
            for (Cell b : cells) {
                assertEquals(Integer.signum(AS_DOCUMENTED.compare(a, b)), Integer.signum(Cell.KEY_ORDER.compare(a, b)),
                        () -> a + " against " + b);
                pairs++;
            }
        }
        assertEquals(160_000, pairs);
    }

    @Test
    void sortsAListAsDocumented() {
        List<Cell> byHand = cells(new Random(7), 5_000);
        List<Cell> documented = new ArrayList<>(byHand);
        byHand.sort(Cell.KEY_ORDER);
        documented.sort(AS_DOCUMENTED);
        assertEquals(documented, byHand);
        assertTrue(byHand.stream().distinct().count() > 1_000, "the cells differ enough to order something");
    }

    /** Cells that share most fields, so that every field decides some comparisons: few values each, nulls among them. */
    private static List<Cell> cells(Random random, int count) {
        Category[] categories = {Category.JOB_SEEKER, Category.EMPLOYER, Category.VACANCY, Category.PBK_TRAINING};
        String[] regions = {null, "32", "32.73", "11", "11.01"};
        String[] sexes = {null, "L", "P"};
        String[] educations = {null, "SD", "SMK", "S1"};
        List<Cell> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Integer week = random.nextInt(5) == 0 ? null : 1 + random.nextInt(4);
            Breakdown breakdown = random.nextInt(3) == 0 ? Breakdown.TOTAL
                    : new Breakdown(pick(random, sexes), random.nextInt(4) == 0 ? "15-19" : null, pick(random, educations),
                            random.nextInt(5) == 0 ? "2" : null);
            cells.add(new Cell(categories[random.nextInt(categories.length)], 2021 + random.nextInt(2), 1 + random.nextInt(3), week,
                    pick(random, regions), breakdown));
        }
        return cells;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
