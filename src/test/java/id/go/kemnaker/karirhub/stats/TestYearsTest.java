package id.go.kemnaker.karirhub.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The registry of test years holds together: one owner per year, and nobody owns the seed. */
class TestYearsTest {

    @OwnsYears({ 2061 })
    static class ClaimsAnotherClassesYear {
    }

    static class ClaimsNothing {
    }

    @Test
    void everyYearHasOneOwnerAndTheSeedHasNone() {
        assertFalse(TestYears.owners().containsKey(TestYears.SEED));
        assertEquals("id.go.kemnaker.karirhub.stats.series.SeriesTest", TestYears.owners().get(2061));
    }

    @Test
    void refusesAClassThatTakesAnotherOnesYearOrClaimsNone() {
        AssertionError taken = assertThrows(AssertionError.class, () -> TestYears.of(ClaimsAnotherClassesYear.class));
        assertEquals("year 2061 is registered to id.go.kemnaker.karirhub.stats.series.SeriesTest, not "
                + ClaimsAnotherClassesYear.class.getName(), taken.getMessage());
        assertThrows(AssertionError.class, () -> TestYears.of(ClaimsNothing.class));
    }
}
