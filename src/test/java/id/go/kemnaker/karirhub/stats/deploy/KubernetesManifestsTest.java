package id.go.kemnaker.karirhub.stats.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reviewed manifests under deploy/kubernetes hold what the README promises: 2+ replicas,
 * probes on the health endpoints, sized resources, a Service, a PodDisruptionBudget and an
 * HPA on CPU that all select the same pods, no secret value written inline, a key file the
 * service's user can read; and they are valid Kubernetes objects (checked against the API
 * schemas of the npm package kubernetes-models, where node and npm are installed).
 */
class KubernetesManifestsTest {

    private static final Path DEPLOYMENT_FILE = Path.of("deploy", "kubernetes", "karirhub-stats.yml");
    private static final Path CONFIG_FILE = Path.of("deploy", "kubernetes", "config.yml");
    private static final Path COMPOSE_FILE = Path.of("docker", "docker-compose.yml");
    /** The user and group the image runs the service as (docker/Dockerfile.jvm). */
    private static final int SERVICE_UID = 185;
    private static final String KUBERNETES_MODELS = "kubernetes-models@5.1.0";
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
        // a probe still waiting when the next one starts would overlap it
        assertTrue(container.path(probe).path("timeoutSeconds").asInt() < container.path(probe).path("periodSeconds").asInt(),
                probe + ": timeoutSeconds must be below periodSeconds");
    }

    @Test
    void theServiceUserCanReadTheMountedKey() throws IOException {
        assertEquals(SERVICE_UID, pod.path("spec").path("securityContext").path("fsGroup").asInt(),
                "the Secret's files belong to root; the pod's group lets uid " + SERVICE_UID + " read them");
        assertTrue(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean());
        int mode = pod.path("spec").path("volumes").path(0).path("secret").path("defaultMode").asInt();
        assertEquals(0040, mode & 0040, "group-readable: " + Integer.toOctalString(mode));
        assertEquals(0, mode & 0007, "not readable by any other user: " + Integer.toOctalString(mode));
        assertTrue(Files.readString(Path.of("docker", "Dockerfile.jvm"), StandardCharsets.UTF_8).contains("--uid " + SERVICE_UID),
                "docker/Dockerfile.jvm runs the service as uid " + SERVICE_UID);
    }

    @Test
    void composeRunsTheImageKubernetesDeploysAndWritesInNoSecret() {
        JsonNode compose = Manifests.read(COMPOSE_FILE).get(0).path("services");
        assertEquals(container.path("image").asText(), compose.path("karirhub-stats").path("image").asText(),
                "docker compose builds and runs the image the Deployment pulls");
        String text = readCompose();
        assertFalse(text.contains("dev/jwt"), "compose must not trust the development key by default");
        for (String variable : List.of("KARIRHUB_DB_PASSWORD", "KARIRHUB_JWT_PUBLIC_KEY", "KARIRHUB_JWT_ISSUER")) {
            assertTrue(text.contains("${" + variable + ":?"), variable + " is required, with no default");
        }
        compose.fields().forEachRemaining(service -> service.getValue().path("environment").fields().forEachRemaining(
                variable -> assertFalse(SECRET_NAME.matcher(variable.getKey()).matches() && variable.getKey().contains("PASSWORD")
                        && !variable.getValue().asText().startsWith("${"), "a password written into compose: " + variable.getKey())));
    }

    private static String readCompose() {
        try {
            return Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Every object, as the Kubernetes API would take it: kubernetes-models (from npm) validates it
     * against the schema of its apiVersion and kind. Needs node and npm; installs the package once
     * into target/kubernetes-models.
     */
    @Test
    void everyObjectIsValidForTheKubernetesApi() throws IOException, InterruptedException {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are needed to validate the manifests");
        Path work = Path.of("target", "kubernetes-models");
        Files.createDirectories(work);
        if (!Files.isDirectory(work.resolve("node_modules").resolve("kubernetes-models"))) {
            Process install = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", ".",
                    KUBERNETES_MODELS).directory(work.toFile()).redirectErrorStream(true).start();
            String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(install.waitFor(300, TimeUnit.SECONDS) && install.exitValue() == 0, "npm install failed: " + log);
        }
        Files.copy(Path.of("src", "test", "kubernetes", "validate-manifests.mjs"), work.resolve("validate-manifests.mjs"),
                StandardCopyOption.REPLACE_EXISTING);
        Process validate = new ProcessBuilder("node", "validate-manifests.mjs").directory(work.toFile()).redirectErrorStream(true)
                .start();
        try (OutputStream in = validate.getOutputStream()) {
            in.write(new ObjectMapper().writeValueAsBytes(documents));
        }
        String report = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(validate.waitFor(60, TimeUnit.SECONDS), "validation did not finish");
        System.out.print(report);
        assertEquals(0, validate.exitValue(), report);
        assertEquals(documents.size(), report.lines().filter(line -> line.contains(": valid ")).count(), report);
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
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
