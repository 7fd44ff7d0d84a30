package id.go.kemnaker.karirhub.stats.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reviewed manifests under deploy/kubernetes hold what the README promises: 2+ replicas,
 * probes on the health endpoints, sized resources, a Service, a PodDisruptionBudget and an
 * HPA on CPU that all select the same pods, and no secret value written inline.
 */
class KubernetesManifestsTest {

    private static final Path DEPLOYMENT_FILE = Path.of("deploy", "kubernetes", "karirhub-stats.yml");
    private static final Path CONFIG_FILE = Path.of("deploy", "kubernetes", "config.yml");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|JDBC_URL|USERNAME|PRIVATE).*");

    private final List<JsonNode> documents = Manifests.read(DEPLOYMENT_FILE, CONFIG_FILE);
    private final JsonNode deployment = Manifests.only(documents, "Deployment");
    private final JsonNode pod = deployment.path("spec").path("template");
    private final JsonNode container = pod.path("spec").path("containers").path(0);

    @Test
    void runsAtLeastTwoReplicas() {
        assertTrue(deployment.path("spec").path("replicas").asInt() >= 2);
        assertEquals(1, pod.path("spec").path("containers").size());
    }

    /** The container port with this name (http: the API and health; management: the metrics). */
    private int port(String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + name);
    }

    @Test
    void probesTheHealthEndpoints() {
        int port = port("http");
        assertEquals(8080, port);
        assertProbe("livenessProbe", "/q/health/live", port);
        assertProbe("readinessProbe", "/q/health/ready", port);
        assertProbe("startupProbe", "/q/health/started", port);
        // Readiness must be able to fail within the 5 s shutdown delay plus a little: period x threshold.
        JsonNode readiness = container.path("readinessProbe");
        assertTrue(readiness.path("periodSeconds").asInt() * readiness.path("failureThreshold").asInt() <= 10);
    }

    @Test
    void prometheusScrapesTheManagementPortWhichTheServiceDoesNotPublish() {
        assertEquals(9000, port("management"));
        assertEquals("9000", pod.path("metadata").path("annotations").path("prometheus.io/port").asText());
        JsonNode service = Manifests.only(documents, "Service");
        for (JsonNode published : service.path("spec").path("ports")) {
            assertEquals(8080, published.path("targetPort").asInt(), "the Service carries the API only");
        }
        boolean opened = false;
        for (JsonNode variable : container.path("env")) {
            opened |= "QUARKUS_MANAGEMENT_HOST".equals(variable.path("name").asText()) && "0.0.0.0".equals(variable.path("value").asText());
        }
        assertTrue(opened, "the management interface listens beyond the pod's loopback, for Prometheus");
    }

    private void assertProbe(String probe, String path, int port) {
        JsonNode get = container.path(probe).path("httpGet");
        assertEquals(path, get.path("path").asText(), probe);
        assertEquals(port, get.path("port").asInt(), probe);
    }

    @Test
    void requestsAndLimitsResources() {
        JsonNode resources = container.path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertFalse(resources.path(kind).path(resource).asText().isBlank(), kind + "." + resource);
            }
        }
        assertTrue(mebibytes(resources.path("limits").path("memory").asText())
                >= mebibytes(resources.path("requests").path("memory").asText()));
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertTrue(quantity.endsWith("Mi"), "memory in Mi or Gi: " + quantity);
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }

    @Test
    void takesDatabaseAndJwtSettingsFromSecretsAndConfigMapsNeverInline() {
        List<String> secretRefs = new ArrayList<>();
        List<String> configMapRefs = new ArrayList<>();
        container.path("envFrom").forEach(source -> {
            if (source.has("secretRef")) {
                secretRefs.add(source.path("secretRef").path("name").asText());
            }
            if (source.has("configMapRef")) {
                configMapRefs.add(source.path("configMapRef").path("name").asText());
            }
        });
        assertTrue(secretRefs.contains("karirhub-stats-db"), "database settings from a Secret");
        assertTrue(configMapRefs.contains("karirhub-stats-config"), "other settings from the ConfigMap");
        assertEquals("karirhub-stats-config", Manifests.only(documents, "ConfigMap").path("metadata").path("name").asText());

        container.path("env").forEach(variable -> assertFalse(SECRET_NAME.matcher(variable.path("name").asText()).matches()
                && variable.has("value"), "a secret written inline: " + variable));
        Manifests.only(documents, "ConfigMap").path("data").fieldNames().forEachRemaining(
                key -> assertFalse(SECRET_NAME.matcher(key).matches(), "a secret in the ConfigMap: " + key));
        assertTrue(documents.stream().noneMatch(document -> "Secret".equals(document.path("kind").asText())),
                "Secrets are created by the operator, never committed");

        JsonNode jwtVolume = pod.path("spec").path("volumes").path(0);
        assertEquals("karirhub-stats-jwt", jwtVolume.path("secret").path("secretName").asText());
        String mountPath = container.path("volumeMounts").path(0).path("mountPath").asText();
        boolean keyFromMount = false;
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
                keyFromMount = variable.path("value").asText().startsWith(mountPath + "/");
            }
        }
        assertTrue(keyFromMount, "the public key is read from the mounted Secret");
    }

    @Test
    void serviceDisruptionBudgetAndAutoscalerSelectTheDeployment() {
        JsonNode podLabels = pod.path("metadata").path("labels");
        JsonNode selector = deployment.path("spec").path("selector").path("matchLabels");
        assertFalse(selector.has("app.kubernetes.io/version"), "a version in the selector blocks rolling updates");
        assertSelects(selector, podLabels);
        assertSelects(Manifests.only(documents, "Service").path("spec").path("selector"), podLabels);

        JsonNode budget = Manifests.only(documents, "PodDisruptionBudget").path("spec");
        assertSelects(budget.path("selector").path("matchLabels"), podLabels);
        assertTrue(budget.path("minAvailable").asInt() >= 1
                && budget.path("minAvailable").asInt() < deployment.path("spec").path("replicas").asInt());

        JsonNode autoscaler = Manifests.only(documents, "HorizontalPodAutoscaler").path("spec");
        assertEquals("Deployment", autoscaler.path("scaleTargetRef").path("kind").asText());
        assertEquals(deployment.path("metadata").path("name").asText(), autoscaler.path("scaleTargetRef").path("name").asText());
        assertTrue(autoscaler.path("minReplicas").asInt() >= 2);
        assertTrue(autoscaler.path("maxReplicas").asInt() > autoscaler.path("minReplicas").asInt());
        assertEquals("cpu", autoscaler.path("metrics").path(0).path("resource").path("name").asText());
    }

    private static void assertSelects(JsonNode selector, JsonNode labels) {
        assertTrue(selector.size() > 0, "an empty selector selects everything");
        selector.fieldNames().forEachRemaining(key -> assertEquals(selector.path(key).asText(), labels.path(key).asText(), key));
    }
}
