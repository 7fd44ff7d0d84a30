package id.go.kemnaker.karirhub.stats.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed copy under deploy/kubernetes is what quarkus-kubernetes generates from
 * application.properties and src/main/kubernetes (after {@code mvn package}): change the
 * configuration and this fails until the reviewed copy is refreshed
 * ({@code cp target/kubernetes/kubernetes.yml deploy/kubernetes/karirhub-stats.yml}).
 */
class GeneratedManifestsIT {

    @Test
    void committedManifestsEqualTheGeneratedOnes() {
        Path generated = Path.of("target", "kubernetes", "kubernetes.yml");
        assertTrue(Files.exists(generated), "package generates " + generated);
        assertEquals(Manifests.read(generated), Manifests.read(Path.of("deploy", "kubernetes", "karirhub-stats.yml")),
                "deploy/kubernetes/karirhub-stats.yml differs from " + generated);
    }
}
