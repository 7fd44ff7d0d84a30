package id.go.kemnaker.karirhub.stats.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The committed copy under deploy/kubernetes is what quarkus-kubernetes generates from
 * application.properties and src/main/kubernetes (after {@code mvn package}): change the
 * configuration and this fails until the reviewed copy is refreshed
 * ({@code cp target/kubernetes/kubernetes.yml deploy/kubernetes/karirhub-stats.yml}).
 *
 * <p>Lists of named entries (ports, env, volumes) are compared by name: the generator writes
 * the container's two ports in either order from one build to the next.
 */
class GeneratedManifestsIT {

    @Test
    void committedManifestsEqualTheGeneratedOnes() {
        Path generated = Path.of("target", "kubernetes", "kubernetes.yml");
        assertTrue(Files.exists(generated), "package generates " + generated);
        assertEquals(canonical(Manifests.read(generated)),
                canonical(Manifests.read(Path.of("deploy", "kubernetes", "karirhub-stats.yml"))),
                "deploy/kubernetes/karirhub-stats.yml differs from " + generated);
    }

    private static List<JsonNode> canonical(List<JsonNode> documents) {
        return documents.stream().map(GeneratedManifestsIT::canonical).toList();
    }

    /** {@code node} with every array whose items all have a name sorted by that name. */
    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), canonical(field.getValue())));
            return copy;
        }
        if (!node.isArray()) {
            return node;
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(item -> items.add(canonical(item)));
        if (items.stream().allMatch(item -> item.isObject() && item.has("name"))) {
            items.sort(Comparator.comparing(item -> item.get("name").asText()));
        }
        ArrayNode copy = JsonNodeFactory.instance.arrayNode();
        items.forEach(copy::add);
        return copy;
    }
}
