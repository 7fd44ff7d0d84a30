package id.go.kemnaker.karirhub.stats.problem;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * Says which field of a JSON body is wrong and why, in words a client can act on: never
 * Jackson's own message, which names Java types. The field is a path such as {@code count}
 * or {@code [3].week} (the fourth item of a batch).
 */
final class JsonBodyErrors {

    private JsonBodyErrors() {
    }

    static Problem.FieldError describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof StreamReadException read) {
            // a parse error met while binding, such as a duplicate key inside a batch item
            Problem.FieldError inner = describe(read);
            String field = path(mapping);
            return field.isEmpty() || inner.field().startsWith("[") ? inner
                    : new Problem.FieldError(field + "." + inner.field(), inner.message());
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamReadException read && !(e instanceof JsonMappingException)) {
            String path = read.getProcessor() != null ? path(read.getProcessor().getParsingContext()) : "";
            if (message.startsWith("Duplicate field '")) {
                String key = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
                return new Problem.FieldError(path.isEmpty() ? key : path, "is given twice; give each key once");
            }
            return new Problem.FieldError(path.isEmpty() ? "body" : path, "is not valid JSON" + at(e.getLocation()));
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new Problem.FieldError("body", "is not valid JSON" + at(e.getLocation()));
        }
        String field = path(mapping);
        if (e instanceof PropertyBindingException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return new Problem.FieldError(field, "is not a field of this body" + (known == null || known.isEmpty() ? ""
                    : "; the fields are " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))));
        }
        if (message.startsWith("Trailing token")) {
            return new Problem.FieldError("body", "has more content after the JSON value" + at(e.getLocation()));
        }
        if (message.startsWith("No content to map")) {
            return new Problem.FieldError("body", "is empty");
        }
        Class<?> target = e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        return new Problem.FieldError(field.isEmpty() ? "body" : field, expected(target) + at(e.getLocation()));
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class) {
            return "must be a whole number, written without quotes or decimals";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "must be a number, written without quotes";
        }
        if (target == String.class) {
            return "must be a text in double quotes";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be a JSON array";
        }
        return "must be a JSON object";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** The path of the value the parser stands in, from the root: {@code [0]}, {@code [0].count}. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            String step = level.inArray() ? "[" + Math.max(level.getCurrentIndex(), 0) + "]"
                    : level.getCurrentName() == null ? "" : level.getCurrentName();
            if (!step.isEmpty()) {
                path.insert(0, path.length() == 0 || path.charAt(0) == '[' ? step : step + ".");
            }
        }
        return path.toString();
    }
}
