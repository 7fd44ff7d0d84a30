package id.go.kemnaker.karirhub.stats.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which values each unit accepts, and the one form a value is stored and shown in. */
class UnitTest {

    @ParameterizedTest(name = "{0} {1} is kept as {2}")
    @CsvSource({
            "INDEX, 50.00, 50",
            "INDEX, 86.3500, 86.35",
            "INDEX, 0.0001, 0.0001",
            "PERCENT, 100.0, 100",
            "PERSONS, 2000000, 2000000",
            "PERSONS, 2.0E+6, 2000000",
            "USERS, 1602957.000, 1602957",
            "REPORTS, 0.00, 0"
    })
    void acceptsValuesInTheirShortestExactForm(Unit unit, String value, String kept) {
        assertEquals(Optional.empty(), unit.misfit(new BigDecimal(value)));
        assertEquals(kept, Unit.canonical(new BigDecimal(value)).toString(), "no exponent, no trailing zeros");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "INDEX, -1, must be 0 or more",
            "INDEX, 0.00001, must have at most 4 decimals",
            "INDEX, 1000000000000000, must be less than 1000000000000000",
            "PERCENT, 100.01, must be from 0 to 100 (percent)",
            "PERSONS, 10.5, must be a whole number (persons)",
            "USERS, 0.1, must be a whole number (users)",
            "REPORTS, 1.5, must be a whole number (reports)"
    })
    void refusesValuesThatDoNotFit(Unit unit, String value, String reason) {
        assertEquals(Optional.of(reason), unit.misfit(new BigDecimal(value)));
    }

    @Test
    void requiresAValue() {
        assertEquals(Optional.of("is required"), Unit.INDEX.misfit(null));
    }
}
