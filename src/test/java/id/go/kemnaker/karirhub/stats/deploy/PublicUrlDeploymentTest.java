package id.go.kemnaker.karirhub.stats.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every deployment file sets KARIRHUB_SATUDATA_PUBLIC_URL, the base of the links harvesters
 * follow, in a way the operator cannot skip: Kubernetes with a placeholder on the reserved
 * .invalid domain, which the service refuses at start until it is changed; Compose as a variable
 * it refuses to run without. Unset, the links would follow each request's Host header.
 */
class PublicUrlDeploymentTest {

    private static final String PUBLIC_URL = "KARIRHUB_SATUDATA_PUBLIC_URL";

    @Test
    void theKubernetesConfigMapHoldsAPlaceholderToChange() {
        JsonNode config = Manifests.only(Manifests.read(Path.of("deploy", "kubernetes", "config.yml")), "ConfigMap");
        URI placeholder = URI.create(config.path("data").path(PUBLIC_URL).asText());
        assertEquals("https", placeholder.getScheme(), placeholder.toString());
        assertTrue(placeholder.getHost().endsWith(".invalid"), placeholder + " is a placeholder nobody can resolve");
    }

    @Test
    void composeRefusesToRunWithoutIt() {
        List<JsonNode> compose = Manifests.read(Path.of("docker", "docker-compose.yml"));
        String value = compose.get(0).path("services").path("karirhub-stats").path("environment").path(PUBLIC_URL).asText();
        assertTrue(value.startsWith("${" + PUBLIC_URL + ":?") && value.endsWith("}"), value);
    }
}
