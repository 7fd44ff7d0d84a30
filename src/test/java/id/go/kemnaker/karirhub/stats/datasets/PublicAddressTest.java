package id.go.kemnaker.karirhub.stats.datasets;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With KARIRHUB_SATUDATA_PUBLIC_URL set, every absolute URL of the metadata and the catalogue is
 * built on it, whatever Host or forwarded headers a client sends; a value that cannot be the base
 * of links, or the deployment files' placeholder, is refused.
 */
@QuarkusTest
@TestProfile(PublicAddressTest.Configured.class)
class PublicAddressTest {

    private static final String PUBLIC_URL = "https://karirhub-stats.kemnaker.go.id";
    private static final String SPOOFED = "evil.example";

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("karirhub.satudata.public-url", PUBLIC_URL + "/");
        }
    }

    /** Headers a client (or a proxy nobody configured the service to trust) may send to steer the links. */
    private static final List<Map<String, String>> SPOOFS = List.of(
            Map.of("Host", SPOOFED),
            Map.of("X-Forwarded-Host", SPOOFED, "X-Forwarded-Proto", "http", "X-Forwarded-Port", "8443"),
            Map.of("Forwarded", "host=" + SPOOFED + ";proto=http"),
            Map.of("Host", SPOOFED, "X-Forwarded-Host", SPOOFED, "Forwarded", "host=" + SPOOFED));

    @Test
    void spoofedHostsNeverReachTheLinks() {
        for (Map<String, String> headers : SPOOFS) {
            for (String path : List.of("/api/v1/catalog?format=turtle", "/api/v1/catalog?format=jsonld", "/api/v1/datasets",
                    "/api/v1/datasets/facilitated-workers?format=html", "/api/v1/datasets/service-users/structure")) {
                String body = given().headers(headers).when().get(path).then().statusCode(200).extract().asString();
                assertFalse(body.contains(SPOOFED), path + " with " + headers);
                assertTrue(body.contains(PUBLIC_URL + "/api/v1/"), path + " with " + headers);
            }
            String turtle = given().headers(headers).when().get("/api/v1/catalog?format=turtle").then().statusCode(200)
                    .extract().asString();
            Model model = ModelFactory.createDefaultModel();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
            model.listStatements().forEach(statement -> {
                for (RDFNode node : List.of(statement.getSubject(), statement.getObject())) {
                    if (node.isURIResource() && (node.asResource().getURI().contains("/api/v1/")
                            || node.asResource().getURI().contains("/q/"))) {
                        assertTrue(node.asResource().getURI().startsWith(PUBLIC_URL + "/"), node.toString());
                    }
                }
            });
        }
    }

    @Test
    void aConfiguredUrlLosesItsTrailingSlashAndKeepsItsPath() {
        assertEquals("https://karirhub-stats.kemnaker.go.id", PublicAddress.checked("https://karirhub-stats.kemnaker.go.id/"));
        assertEquals("https://data.kemnaker.go.id/karirhub-stats", PublicAddress.checked(" https://data.kemnaker.go.id/karirhub-stats/ "));
        assertEquals("http://127.0.0.1:8081", PublicAddress.checked("http://127.0.0.1:8081"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karirhub-stats.kemnaker.go.id", "/api", "ftp://karirhub-stats.kemnaker.go.id",
        "https://", "https://user:secret@karirhub-stats.kemnaker.go.id", "https://karirhub-stats.kemnaker.go.id/?x=1",
        "https://karirhub-stats.kemnaker.go.id/#top", "https://karirhub stats", "https://karirhub-stats.example.invalid",
        "https://KARIRHUB.EXAMPLE.INVALID/"})
    void refusesWhatCannotBeTheBaseOfLinks(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PublicAddress.checked(url));
        assertTrue(refused.getMessage().contains("KARIRHUB_SATUDATA_PUBLIC_URL"), refused.getMessage());
    }
}
