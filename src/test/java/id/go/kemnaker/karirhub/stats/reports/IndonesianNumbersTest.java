package id.go.kemnaker.karirhub.stats.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dots between thousands and a decimal comma, as the LAKIP prints its figures. */
class IndonesianNumbersTest {

    @ParameterizedTest(name = "{0} is printed {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0",
            "50|50",
            "999|999",
            "1000|1.000",
            "15467|15.467",
            "1040746|1.040.746",
            "2000000|2.000.000",
            "86.35|86,35",
            "1234.5|1.234,5",
            "123456789012345|123.456.789.012.345"
    })
    void groupsThousandsWithDotsAndUsesADecimalComma(String value, String printed) {
        assertEquals(printed, IndonesianNumbers.value(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0}% is printed {1}")
    @CsvSource(delimiter = '|', value = {
            "100.00|100%",
            "52.04|52,04%",
            "72.86|72,86%",
            "0.00|0%",
            "107.90|107,90%",
            "1250.50|1.250,50%"
    })
    void printsPercentagesWithTwoDecimalsUnlessWhole(String percent, String printed) {
        assertEquals(printed, IndonesianNumbers.percent(new BigDecimal(percent)));
    }
}
