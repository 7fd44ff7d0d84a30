package id.go.kemnaker.karirhub.stats.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The documents of Kubernetes YAML files, parsed as a cluster would read them. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    static List<JsonNode> read(Path... files) {
        List<JsonNode> documents = new ArrayList<>();
        for (Path file : files) {
            try (var parser = YAML.getFactory().createParser(file.toFile())) {
                StreamSupport.stream(YAML.readValues(parser, JsonNode.class).readAll().spliterator(), false)
                        .filter(document -> document != null && !document.isNull() && !document.isMissingNode())
                        .forEach(documents::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not parse " + file, e);
            }
        }
        return documents;
    }

    static JsonNode only(List<JsonNode> documents, String kind) {
        List<JsonNode> found = documents.stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }
}
