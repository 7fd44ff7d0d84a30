package id.go.kemnaker.karirhub.stats.metrics;

import static io.restassured.RestAssured.given;

import java.util.List;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * One scrape of /q/metrics (Prometheus text format) on the management interface, read the way a
 * dashboard query would.
 */
record Scrape(List<String> samples) {

    /** The metrics endpoint of the service under test: on the management interface, not the API's port. */
    static String url() {
        return TestHTTPResourceManager.getManagementUri() + "/metrics"; // the URI ends in the non-application root, /q
    }

    static Scrape now() {
        String text = given().when().get(url()).then().statusCode(200).extract().asString();
        return new Scrape(text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
    }

    /** The sum of the samples of {@code name} whose labels include every {@code label="value"} given. */
    double value(String name, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String sample : samples) {
            if (!(sample.startsWith(name + "{") || sample.startsWith(name + " "))) {
                continue;
            }
            boolean matches = true;
            for (String label : labels) {
                matches &= sample.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    boolean has(String name, String... labels) {
        return !Double.isNaN(value(name, labels));
    }

    /** The values of label {@code label} over every sample of {@code name}. */
    List<String> labelValues(String name, String label) {
        String prefix = label + "=\"";
        return samples.stream().filter(sample -> sample.startsWith(name + "{")).map(sample -> {
            int start = sample.indexOf(prefix);
            return start < 0 ? "" : sample.substring(start + prefix.length(), sample.indexOf('"', start + prefix.length()));
        }).distinct().toList();
    }
}
