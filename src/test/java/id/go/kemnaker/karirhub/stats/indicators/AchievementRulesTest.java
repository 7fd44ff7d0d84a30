package id.go.kemnaker.karirhub.stats.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The achievement (capaian) rules of the issue, on their own: every polarity, target 0, missing figures, rounding. */
class AchievementRulesTest {

    @ParameterizedTest(name = "higher-is-better: {1} of {0} is {2}%")
    @CsvSource({
            "50, 50, 100.00",             // Table 3.1, the indices
            "2000000, 1040746, 52.04",    // Table 3.1, facilitated workers
            "2200000, 1602957, 72.86",    // Table 3.1, service users
            "80, 86.35, 107.94",          // over 100%: 107.9375 rounds up
            "3, 1, 33.33",
            "3, 2, 66.67",                // HALF_UP at the second decimal
            "8, 0.001, 0.01",             // 0.0125 rounds up to 0.01
            "8, 0.0004, 0.01",            // 0.005 rounds up: HALF_UP, not HALF_EVEN
            "50, 0, 0.00"
    })
    void divideHigherIsBetterRealisationByTarget(String target, String realisation, String percent) {
        assertEquals(new BigDecimal(percent), Polarity.HIGHER_IS_BETTER.achievementPercent(new BigDecimal(target),
                new BigDecimal(realisation)));
    }

    @ParameterizedTest(name = "higher-is-better: target 0 and realisation {0} has no percentage")
    @CsvSource({ "0", "12" })
    void leaveAHigherIsBetterZeroTargetWithoutPercentage(String realisation) {
        assertNull(Polarity.HIGHER_IS_BETTER.achievementPercent(BigDecimal.ZERO, new BigDecimal(realisation)));
    }

    @ParameterizedTest(name = "lower-is-better: {1} against target {0} is {2}%")
    @CsvSource({
            "0, 0, 100.00",               // Table 3.1: zero data breach reached
            "0, 1, 0.00",                 // one breach against a zero target
            "0, 250, 0.00",
            "4, 4, 100.00",               // exactly on target
            "4, 1, 175.00",               // better than the target: over 100%
            "4, 0, 200.00",
            "3, 5, 33.33",                // (6 - 5) / 3
            "4, 8, 0.00",                 // twice the target: nothing left
            "4, 9, 0.00",                 // worse still: never below 0
            "0.3, 0.5, 33.33"
    })
    void mirrorLowerIsBetterRealisationAroundTarget(String target, String realisation, String percent) {
        assertEquals(new BigDecimal(percent), Polarity.LOWER_IS_BETTER.achievementPercent(new BigDecimal(target),
                new BigDecimal(realisation)));
    }

    @ParameterizedTest(name = "{0}: null without a target or a realisation")
    @CsvSource({ "HIGHER_IS_BETTER", "LOWER_IS_BETTER" })
    void answerNullWhenAFigureIsMissing(Polarity polarity) {
        assertNull(polarity.achievementPercent(null, BigDecimal.TEN));
        assertNull(polarity.achievementPercent(BigDecimal.TEN, null));
        assertNull(polarity.achievementPercent(BigDecimal.ZERO, null));
        assertNull(polarity.achievementPercent(null, null));
    }
}
