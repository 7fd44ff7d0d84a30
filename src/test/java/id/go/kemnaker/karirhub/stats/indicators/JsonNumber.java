package id.go.kemnaker.karirhub.stats.indicators;

import java.math.BigDecimal;

import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/**
 * Matches a number of a JSON body read with BigDecimal decimals by how the service wrote it: 50
 * is not 50.0, and 100.00 is not 100. (JsonPath gives whole numbers as Integer or Long and the
 * others as BigDecimal, both printing as they were written.)
 */
public final class JsonNumber extends BaseMatcher<Object> {

    private final String written;

    private JsonNumber(String written) {
        this.written = written;
    }

    public static Matcher<Object> writtenAs(String written) {
        new BigDecimal(written); // refuses a typo in the test itself
        return new JsonNumber(written);
    }

    @Override
    public boolean matches(Object actual) {
        return actual instanceof Number && written.equals(actual.toString());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a JSON number written as ").appendText(written);
    }
}
