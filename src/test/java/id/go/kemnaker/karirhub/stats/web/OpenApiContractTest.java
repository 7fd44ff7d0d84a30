package id.go.kemnaker.karirhub.stats.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi.yaml at the repository root is the contract other ministry systems code against:
 * it must be exactly what the running service serves.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final String REGENERATE = "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.write=true";

    @Test
    void publishedContractIsWhatTheServiceServes() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String published = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        if (!published.equals(served)) {
            fail("openapi.yaml differs from what the service serves, " + firstDifference(published, served)
                    + ". If the change is intended, regenerate it with: " + REGENERATE);
        }
    }

    private static String firstDifference(String published, String served) {
        List<String> expected = published.lines().toList();
        List<String> actual = served.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(end of file)";
            String got = i < actual.size() ? actual.get(i) : "(end of document)";
            if (!want.equals(got)) {
                return "first at line " + (i + 1) + ": file has [" + want + "], service serves [" + got + "]";
            }
        }
        return "in line endings";
    }
}
