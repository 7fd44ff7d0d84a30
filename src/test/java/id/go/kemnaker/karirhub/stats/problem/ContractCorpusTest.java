package id.go.kemnaker.karirhub.stats.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Hostile values for every parameter of every operation of the published contract
 * ({@code openapi.yaml}), so that an endpoint or a parameter added later is attacked the day it is
 * documented: wrong types, overflow, blanks, a second different value, look-alike digits and
 * invisible characters, bytes that are not UTF-8, characters RFC 3986 forbids, and values too long
 * for a request target or a header. Each gets a 4xx problem+json without anything internal in it
 * (a header, or a free-text name, may also be accepted, but never answered 5xx); a write stores
 * nothing: the audit trail keeps its last id, and the reads of the data it would have touched answer
 * the same bytes. The base request each hostile value is put into must itself be valid (not a 400),
 * so every refusal is the hostile value's. Writes aim at the year this class owns.
 */
@QuarkusTest
@OwnsYears({2052})
class ContractCorpusTest {

    private static final int YEAR = TestYears.of(ContractCorpusTest.class)[0];
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** Values as sent on the wire (already percent-encoded where that is the point). */
    private static final List<String> HOSTILE = List.of("abc", "1.5", "1e3", "-1", "0", "99999999999999999999", "%20",
            "%00", "2021%00", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%91", "%D9%A2%D9%A0%D9%A2%D9%A1", "%E2%80%8B2021",
            "2021%E2%80%AE", "%ED%A0%80", "%C3%28", "a|b", "{x}", "%5E", "2021^", "%22x%22", "x".repeat(9_000));
    private static final List<String> HOSTILE_HEADERS = List.of("", "garbage", "W/\"\"", "\"" + "x".repeat(30_000) + "\"",
            "Tue, 31 Feb 2021 99:99:99 GMT", "\u00e9t\u00e9");
    /** Parameters whose values are free text: a hostile one may find nothing (404) or even something. */
    private static final Set<String> FREE_TEXT = Set.of("name", "parent");
    /** Values among the hostile ones that a parameter legitimately takes: an audit cursor may be 0, and 0 is a KBJI major group. */
    private static final Map<String, String> ADMITTED = Map.of("after", "[0-9]{1,18}", "occupation", "[0-9]");

    /** A value each parameter may take, where the contract gives no example that fits a test. */
    private static final Map<String, String> VALID = Map.ofEntries(Map.entry("year", "2021"), Map.entry("month", "6"), Map.entry("duration", "1"),
            Map.entry("week", "1"), Map.entry("category", "JOB_SEEKER"), Map.entry("indicator", "SERVICE_USERS"),
            Map.entry("code", "32"), Map.entry("id", "facilitated-workers"), Map.entry("name", "Jawa%20Barat"),
            Map.entry("from", "2021"), Map.entry("to", "2021"), Map.entry("after", "1"), Map.entry("region", "32"),
            Map.entry("parent", "32"), Map.entry("date", "2021-06-30"), Map.entry("since", "2021-06-30T00:00:00Z"),
            Map.entry("asOf", "2021-06-30T00:00:00Z"), Map.entry("last", "3"), Map.entry("limit", "10"), Map.entry("bom", "false"),
            Map.entry("by", "sex"), Map.entry("sex", "P"), Map.entry("ageGroup", "20-24"), Map.entry("education", "SMK"),
            Map.entry("occupation", "7"));

    /** Parameters an operation needs although none is required alone (one of indicator or category, of from or last). */
    private static final Map<String, Map<String, String>> BASE_QUERY = Map.of("/api/v1/series",
            Map.of("indicator", "SERVICE_USERS", "from", "2021"), "/api/v1/stream", Map.of("duration", "1"));

    @Inject
    DataSource dataSource;

    /** One request: how to send it, and what a correct service must answer. */
    record Attack(String name, String method, String target, List<String[]> headers, String contentType, String body,
            boolean mayBeAccepted) {
    }

    /** One documented operation, with the requests made against it. */
    record Operation(String name, boolean write, String baseTarget, List<String[]> baseHeaders, String contentType, String body,
            List<Attack> attacks) {
    }

    @Test
    void attacksEveryOperationOfTheContract() throws IOException {
        JsonNode contract = contract();
        int documented = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                documented += METHODS.contains(methods.next()) ? 1 : 0;
            }
        }
        List<Operation> operations = operations(contract);
        assertEquals(documented, operations.size(), "every documented operation is attacked");
        for (Operation operation : operations) {
            assertTrue(operation.attacks().size() >= 3, operation.name() + " has " + operation.attacks().size() + " attacks");
        }
        int attacks = operations.stream().mapToInt(operation -> operation.attacks().size()).sum();
        System.out.printf("ContractCorpusTest: %d operations, %d hostile requests%n", operations.size(), attacks);
    }

    @TestFactory
    Stream<DynamicContainer> everyHostileValueIsRefusedWithAProblemAndStoresNothing() throws IOException {
        return operations(contract()).stream().map(operation -> DynamicContainer.dynamicContainer(operation.name(),
                Stream.concat(Stream.of(DynamicTest.dynamicTest("the base request is valid", () -> baseIsValid(operation))),
                        operation.attacks().stream().map(attack -> DynamicTest.dynamicTest(attack.name(),
                                () -> refused(operation, attack))))));
    }

    private void baseIsValid(Operation operation) throws IOException {
        if (operation.write()) {
            return; // would store: its parameters are checked one by one below
        }
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", operation.baseTarget(), operation.baseHeaders(), null);
        assertTrue(answer.status() < 500 && answer.status() != 400, operation.name() + " " + operation.baseTarget()
                + " answered " + answer.status() + " " + answer.body());
    }

    private void refused(Operation operation, Attack attack) throws Exception {
        long lastAudit = lastAuditId();
        byte[][] before = operation.write() ? affectedReads() : null;
        List<String[]> headers = new ArrayList<>(attack.headers());
        if (attack.contentType() != null) {
            headers.add(new String[] { "Content-Type", attack.contentType() });
        }
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, attack.method(), attack.target(), headers,
                attack.body() == null ? null : attack.body().getBytes(StandardCharsets.UTF_8));
        String what = attack.method() + " " + abbreviate(attack.target()) + " answered " + answer.status() + " "
                + abbreviate(answer.body());
        assertTrue(answer.status() < 500, what);
        if (!(attack.mayBeAccepted() && answer.status() < 400)) {
            assertTrue(answer.status() >= 400, what);
            assertTrue(String.valueOf(answer.header("Content-Type")).startsWith(Problem.MEDIA_TYPE), what);
            JsonNode problem = JSON.readTree(answer.body());
            for (String member : new String[] { "type", "title", "status", "detail" }) {
                assertTrue(problem.hasNonNull(member), "no " + member + ": " + what);
            }
            assertEquals(answer.status(), problem.get("status").asInt(), what);
            for (String internal : new String[] { "java.", "Exception", "org.", "io.quarkus", "SQL", "\tat " }) {
                assertFalse(answer.body().contains(internal), "leaks '" + internal + "': " + what);
            }
        }
        assertEquals(lastAudit, lastAuditId(), "the audit trail changed: " + what);
        if (before != null) {
            byte[][] after = affectedReads();
            for (int i = 0; i < before.length; i++) {
                assertArrayEquals(before[i], after[i], "a read of the data changed: " + what);
            }
        }
    }

    private static List<Operation> operations(JsonNode contract) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.add(operation(contract, path.getKey(), path.getValue(), method.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode contract, String template, JsonNode pathItem, String method, JsonNode spec) {
        boolean write = !method.equals("get");
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameter -> parameters.add(resolve(contract, parameter)));
        spec.path("parameters").forEach(parameter -> parameters.add(resolve(contract, parameter)));
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>(BASE_QUERY.getOrDefault(template, Map.of()));
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            if (parameter.get("in").asText().equals("path")) {
                pathValues.put(name, valid(contract, parameter, write, template));
            } else if (parameter.get("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                query.put(name, valid(contract, parameter, write, template));
            }
        }
        List<String[]> baseHeaders = new ArrayList<>();
        String role = role(spec);
        if (role != null) {
            baseHeaders.add(new String[] { "Authorization", Tokens.bearer(role) });
        }
        String contentType = null;
        String body = null;
        if (spec.has("requestBody")) {
            contentType = resolve(contract, spec.get("requestBody")).get("content").fieldNames().next();
            body = body(template, contentType);
        }
        String upper = method.toUpperCase();
        String name = upper + " " + template;
        String base = target(template, pathValues, query);
        List<Attack> attacks = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            String parameterName = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            if (in.equals("header")) {
                for (String value : HOSTILE_HEADERS) {
                    List<String[]> headers = new ArrayList<>(baseHeaders);
                    headers.add(new String[] { parameterName, value });
                    attacks.add(new Attack(parameterName + ": " + abbreviate(value), upper, base, headers, contentType, body, true));
                }
                continue;
            }
            boolean free = FREE_TEXT.contains(parameterName) && !write;
            String admitted = ADMITTED.getOrDefault(parameterName, "(?!)");
            for (String value : HOSTILE) {
                if (write && value.matches(admitted)) {
                    continue; // a value the parameter legitimately takes stores what it names: no attack on a write
                }
                Map<String, String> hostilePath = new LinkedHashMap<>(pathValues);
                Map<String, String> hostileQuery = new LinkedHashMap<>(query);
                (in.equals("path") ? hostilePath : hostileQuery).put(parameterName, value);
                attacks.add(new Attack(in + " " + parameterName + "=" + abbreviate(value), upper,
                        target(template, hostilePath, hostileQuery), baseHeaders, contentType, body,
                        (free && !value.startsWith("%20") && value.length() < 9_000) || value.matches(admitted)));
            }
            if (in.equals("query")) {
                String valid = valid(contract, parameter, write, template);
                attacks.add(new Attack("query " + parameterName + " blank", upper, base + separator(base) + parameterName + "=",
                        baseHeaders, contentType, body, false));
                attacks.add(new Attack("query " + parameterName + " twice", upper, base + separator(base) + parameterName + "=" + valid
                        + "&" + parameterName + "=" + valid + "0", baseHeaders, contentType, body, false));
            }
        }
        // and what every operation must refuse whatever its parameters
        attacks.add(new Attack("a character RFC 3986 forbids in the path", upper, base.replaceFirst("(\\?|$)", "|x$1"), baseHeaders,
                contentType, body, false));
        attacks.add(new Attack("a bad escape in the query", upper, base + separator(base) + "x=%zz", baseHeaders, contentType, body,
                false));
        attacks.add(new Attack("an unknown parameter without a value", upper, base + separator(base) + "x", baseHeaders, contentType,
                body, false));
        if (role != null) {
            attacks.add(new Attack("without a token", upper, base, List.of(), contentType, body, false));
        }
        return new Operation(name, write, base, baseHeaders, contentType, body, attacks);
    }

    /** A value the parameter accepts: the year this class owns for a write's year, else an example or an enum's first. */
    private static String valid(JsonNode contract, JsonNode parameter, boolean write, String template) {
        String name = parameter.get("name").asText();
        if (write && name.equals("year")) {
            return String.valueOf(YEAR);
        }
        if (name.equals("code") && template.startsWith("/api/v1/indicators/")) {
            return "DATA_UTILITY_INDEX"; // a reported indicator, whose realisation a planner may set
        }
        if (write && name.equals("indicator")) {
            return "FACILITATED_WORKERS";
        }
        JsonNode schema = resolve(contract, parameter.path("schema"));
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (VALID.containsKey(name)) {
            return VALID.get(name);
        }
        if (name.equals("indicator") || name.equals("code")) {
            return "SERVICE_USERS";
        }
        throw new AssertionError("no valid value known for parameter " + name + ": add one to VALID");
    }

    private static String role(JsonNode spec) {
        for (JsonNode requirement : spec.path("security")) {
            for (JsonNode roles : requirement) {
                if (roles.size() > 0) {
                    return roles.get(0).asText();
                }
            }
        }
        return null;
    }

    /** A body the operation accepts, so that the parameters are the only fault. */
    private static String body(String template, String contentType) {
        if (template.equals("/api/v1/counts/batch")) {
            return "[{\"category\":\"EMPLOYER\",\"year\":" + YEAR + ",\"month\":1,\"count\":5}]";
        }
        if (template.equals("/api/v1/events")) {
            return "[]"; // an empty list counts nothing: what is attacked is the request around it
        }
        if (template.equals("/api/v1/imports")) {
            return contentType.startsWith("multipart/") ? null : "category,year,month,count\nEMPLOYER," + YEAR + ",2,5\n";
        }
        if (template.startsWith("/api/v1/targets")) {
            return "{\"target\":100}";
        }
        if (template.contains("/realisations/")) {
            return "{\"realisation\":50,\"evidence\":\"survey\"}";
        }
        return "{\"count\":5}";
    }

    private static String target(String template, Map<String, String> pathValues, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder withQuery = new StringBuilder(target);
        for (Map.Entry<String, String> value : query.entrySet()) {
            withQuery.append(separator(withQuery.toString())).append(value.getKey()).append('=').append(value.getValue());
        }
        return withQuery.toString();
    }

    private static String separator(String target) {
        return target.contains("?") ? "&" : "?";
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            JsonNode target = contract;
            for (String part : resolved.get("$ref").asText().substring(2).split("/")) {
                target = target.get(part);
            }
            resolved = target;
        }
        return resolved;
    }

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
    }

    /** What the refused writes would have changed: the owned year's counts and targets, and the 2021 figures. */
    private byte[][] affectedReads() throws IOException {
        String[] reads = { "/api/v1/counts?year=" + YEAR, "/api/v1/targets?year=" + YEAR,
                "/api/v1/statistics/service-users?year=2021", "/api/v1/indicators" };
        byte[][] bodies = new byte[reads.length][];
        for (int i = 0; i < reads.length; i++) {
            bodies[i] = RawHttp.send(RestAssured.port, "GET", reads[i], List.of(), null).body().getBytes(StandardCharsets.UTF_8);
        }
        return bodies;
    }

    private long lastAuditId() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT coalesce(max(id), 0) FROM audit_entry")) {
            last.next();
            return last.getLong(1);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
