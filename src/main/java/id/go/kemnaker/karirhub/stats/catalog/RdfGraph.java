package id.go.kemnaker.karirhub.stats.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small RDF graph, written as Turtle or as JSON-LD with the same triples. Subjects are IRIs
 * (no blank nodes, so both serialisations name every node alike); predicates, classes and
 * datatypes are prefixed names of {@link #PREFIXES}. Insertion order is kept, so the same
 * graph always renders to the same bytes. A statement made twice is kept once, so a node (a
 * vocabulary term, the licence) can be described wherever it is used.
 */
final class RdfGraph {

    static final Map<String, String> PREFIXES = prefixes();

    /** An object: an IRI, or a literal with a datatype (prefixed name) or a language tag. */
    sealed interface Term permits Iri, Literal {
    }

    record Iri(String iri) implements Term {
    }

    record Literal(String lexical, String datatype, String language) implements Term {
    }

    private final Map<String, List<String>> types = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Term>>> statements = new LinkedHashMap<>();

    static Iri iri(String iri) {
        return new Iri(iri);
    }

    static Literal text(String value, String language) {
        return new Literal(value, null, language);
    }

    static Literal typed(String value, String datatype) {
        return new Literal(value, datatype, null);
    }

    static Literal plain(String value) {
        return new Literal(value, null, null);
    }

    RdfGraph type(String subject, String type) {
        List<String> typesOf = types.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!typesOf.contains(type)) {
            typesOf.add(type);
        }
        statements.computeIfAbsent(subject, s -> new LinkedHashMap<>());
        return this;
    }

    /** Adds a statement; a null object adds nothing (an unknown value is left out, never invented). */
    RdfGraph add(String subject, String predicate, Term object) {
        if (object != null) {
            List<Term> objects = statements.computeIfAbsent(subject, s -> new LinkedHashMap<>())
                    .computeIfAbsent(predicate, p -> new ArrayList<>());
            if (!objects.contains(object)) {
                objects.add(object);
            }
        }
        return this;
    }

    /** Adds every statement of {@code other} after this graph's own, and returns this graph. */
    RdfGraph append(RdfGraph other) {
        other.statements.forEach((subject, predicates) -> {
            other.types.getOrDefault(subject, List.of()).forEach(type -> type(subject, type));
            predicates.forEach((predicate, objects) -> objects.forEach(object -> add(subject, predicate, object)));
        });
        return this;
    }

    byte[] turtle() {
        StringBuilder out = new StringBuilder();
        PREFIXES.forEach((prefix, namespace) -> out.append("@prefix ").append(prefix).append(": <").append(namespace).append("> .\n"));
        for (Map.Entry<String, Map<String, List<Term>>> subject : statements.entrySet()) {
            out.append('\n').append('<').append(subject.getKey()).append('>');
            List<String> parts = new ArrayList<>();
            List<String> typesOf = types.getOrDefault(subject.getKey(), List.of());
            if (!typesOf.isEmpty()) {
                parts.add("a " + String.join(", ", typesOf));
            }
            subject.getValue().forEach((predicate, objects) -> parts.add(predicate + " "
                    + String.join(" ,\n        ", objects.stream().map(RdfGraph::turtleTerm).toList())));
            out.append(' ').append(String.join(" ;\n    ", parts)).append(" .\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] jsonLd(ObjectMapper json) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", PREFIXES);
        List<Map<String, Object>> graph = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Term>>> subject : statements.entrySet()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("@id", subject.getKey());
            List<String> typesOf = types.getOrDefault(subject.getKey(), List.of());
            if (!typesOf.isEmpty()) {
                node.put("@type", typesOf);
            }
            subject.getValue().forEach((predicate, objects) -> node.put(predicate, objects.stream().map(RdfGraph::jsonLdTerm).toList()));
            graph.add(node);
        }
        document.put("@graph", graph);
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the catalogue as JSON-LD", e);
        }
    }

    private static String turtleTerm(Term term) {
        if (term instanceof Iri iri) {
            return "<" + iri.iri() + ">";
        }
        Literal literal = (Literal) term;
        String quoted = "\"" + escape(literal.lexical()) + "\"";
        if (literal.language() != null) {
            return quoted + "@" + literal.language();
        }
        return literal.datatype() != null ? quoted + "^^" + literal.datatype() : quoted;
    }

    private static Map<String, String> jsonLdTerm(Term term) {
        Map<String, String> value = new LinkedHashMap<>();
        if (term instanceof Iri iri) {
            value.put("@id", iri.iri());
            return value;
        }
        Literal literal = (Literal) term;
        value.put("@value", literal.lexical());
        if (literal.language() != null) {
            value.put("@language", literal.language());
        } else if (literal.datatype() != null) {
            value.put("@type", literal.datatype());
        }
        return value;
    }

    /** Turtle string escapes (ECHAR): backslash, quote and the line-breaking characters. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
        prefixes.put("dcatap", "http://data.europa.eu/r5r/");
        prefixes.put("dct", "http://purl.org/dc/terms/");
        prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return Collections.unmodifiableMap(prefixes);
    }
}
