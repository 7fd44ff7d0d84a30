package id.go.kemnaker.karirhub.stats.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * openapi.yaml at the repository root is the contract other ministry systems code against:
 * it must be exactly what the running service serves, and hold what generators, validators and
 * Swagger UI need of it. (GeneratedJavaClientTest calls every operation through the client
 * generated from it; .ci/contract_check.py drives every operation through a validating proxy.)
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete");

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

    /**
     * Swagger UI's "Try it out" fills every parameter with its example (or default): pressed as it
     * comes, Execute must give the plain answer (national, JSON), not a CSV download for a region.
     */
    @Test
    void tryItOutAsSwaggerUiFillsItInAnswersJson() throws IOException {
        JsonNode contract = served();
        List<String> wrong = new ArrayList<>();
        forEachOperation(contract, (method, path, operation) -> {
            if (!"get".equals(method) || operation.path("security").size() > 0) {
                return; // writes change data; secured reads need a token Swagger UI does not have by default
            }
            RequestSpecification request = given().redirects().follow(false);
            String url = path;
            for (JsonNode parameter : parameters(contract, path, operation)) {
                JsonNode value = parameter.has("example") ? parameter.get("example") : parameter.path("schema").get("default");
                if (value == null) {
                    continue;
                }
                switch (parameter.get("in").asText()) {
                    case "path" -> url = url.replace("{" + parameter.get("name").asText() + "}", value.asText());
                    case "query" -> request = request.queryParam(parameter.get("name").asText(), value.asText());
                    default -> request = request.header(parameter.get("name").asText(), value.asText());
                }
            }
            Response response = request.when().get(url);
            String type = String.valueOf(response.contentType());
            // the change stream answers events (for the length its example names), not JSON
            boolean stream = operation.path("responses").path("200").path("content").has("text/event-stream");
            boolean expected = stream ? type.startsWith("text/event-stream")
                    : type.startsWith("application/json") || type.startsWith("application/ld+json");
            if (response.statusCode() != 200 || !expected) {
                wrong.add(operation.get("operationId").asText() + " " + url + ": " + response.statusCode() + " " + type);
            }
        });
        assertTrue(wrong.isEmpty(), "pre-filled Try it out does not answer 200 JSON: " + wrong);
    }

    /** Every operation documents what the request screening answers before any operation runs. */
    @Test
    void everyOperationDocumentsTheScreeningAndFailureAnswers() throws IOException {
        List<String> missing = new ArrayList<>();
        forEachOperation(served(), (method, path, operation) -> {
            List<String> statuses = new ArrayList<>(List.of("400", "406", "414", "431", "500", "503"));
            if (operation.has("requestBody")) {
                statuses.addAll(List.of("413", "415"));
            }
            statuses.removeIf(status -> operation.path("responses").has(status));
            if (!statuses.isEmpty()) {
                missing.add(operation.get("operationId").asText() + " " + statuses);
            }
        });
        assertTrue(missing.isEmpty(), "undocumented statuses: " + missing);
    }

    /**
     * A schema pattern is read by every client's regex engine (ECMA-262 says JSON Schema; Java, Python's re):
     * anchored, so that it means the whole value, and without classes only some engines know.
     */
    @Test
    void patternsAreAnchoredAndPortable() throws IOException {
        List<String> patterns = new ArrayList<>();
        collect(served(), "pattern", patterns);
        assertTrue(patterns.size() >= 5, "patterns found: " + patterns);
        for (String pattern : patterns) {
            assertTrue(pattern.startsWith("^") && pattern.endsWith("$"), "not anchored: " + pattern);
            assertTrue(!pattern.contains("\\p{") && !pattern.contains("(?<") && !pattern.contains("\\A")
                    && !pattern.contains("\\z") && !pattern.contains("++") && !pattern.contains("*+"),
                    "uses a construct Python's re or ECMA-262 reads otherwise: " + pattern);
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                fail("not a valid pattern: " + pattern + ": " + e.getMessage());
            }
        }
    }

    /**
     * Generators put descriptions into code comments without escaping them, so a description
     * holding the end of a comment breaks the generated Java and TypeScript clients.
     */
    @Test
    void noDescriptionEndsACodeComment() throws IOException {
        List<String> descriptions = new ArrayList<>();
        collect(served(), "description", descriptions);
        descriptions.removeIf(description -> !description.contains("*/"));
        assertEquals(List.of(), descriptions);
    }

    /** A type beside a $ref narrows what the reference allows (a nullable reference is no longer nullable). */
    @Test
    void noTypeStandsBesideAReference() throws IOException {
        List<String> found = new ArrayList<>();
        besideReferences(served(), "#", found);
        assertEquals(List.of(), found);
    }

    private static void besideReferences(JsonNode node, String where, List<String> found) {
        if (node.isObject()) {
            if (node.has("$ref") && node.has("type")) {
                found.add(where);
            }
            node.fields().forEachRemaining(field -> besideReferences(field.getValue(), where + "/" + field.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                besideReferences(node.get(i), where + "/" + i, found);
            }
        }
    }

    private static void collect(JsonNode node, String key, List<String> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals(key) && field.getValue().isTextual()) {
                    values.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), key, values);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, key, values));
        }
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private static void forEachOperation(JsonNode contract, OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    visitor.visit(operation.getKey(), path.getKey(), operation.getValue());
                }
            });
        }
    }

    /** The parameters of an operation and of its path, references resolved. */
    private static List<JsonNode> parameters(JsonNode contract, String path, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        contract.get("paths").get(path).path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        parameters.replaceAll(parameter -> parameter.has("$ref")
                ? contract.get("components").get("parameters").get(parameter.get("$ref").asText().replace("#/components/parameters/", ""))
                : parameter);
        return parameters;
    }

    private static JsonNode served() throws IOException {
        String yaml = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200).extract().asString();
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
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
