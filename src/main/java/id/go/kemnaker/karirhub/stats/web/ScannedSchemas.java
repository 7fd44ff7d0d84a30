package id.go.kemnaker.karirhub.stats.web;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Corrects two things in the schemas SmallRye scans from the Java types that say something else
 * than the Java type.
 *
 * <p>The pattern of its {@code UUID} schema is not anchored, so it would accept any text that
 * holds a UUID somewhere; it is anchored here.
 *
 * <p>A {@code type} beside a {@code $ref}. SmallRye writes the
 * property's own type next to the reference whenever the property carries annotations, and in
 * OpenAPI 3.1 both then apply. Mostly that only repeats the referenced schema's type (and makes
 * every generator warn), but where the reference is nullable it takes the null away again: a
 * nullable object property becomes {@code {type: object, anyOf: [{$ref}, {type: null}]}}, which
 * no null satisfies. So the type goes wherever a {@code $ref} or such an {@code anyOf} stands;
 * and beside a {@code $ref} to a form schema of META-INF/openapi.yaml, the form fields SmallRye
 * scanned from the {@code @RestForm} parameters, which the referenced schema states already.
 * Part of {@link ApiDocumentation}.
 */
final class ScannedSchemas {

    private ScannedSchemas() {
    }

    static void tidy(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Schema uuid = openAPI.getComponents().getSchemas().get("UUID");
            if (uuid != null && uuid.getPattern() != null && !uuid.getPattern().startsWith("^")) {
                uuid.setPattern("^" + uuid.getPattern() + "$");
            }
            openAPI.getComponents().getSchemas().values().forEach(schema -> tidy(schema, seen));
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(mediaType -> tidy(mediaType.getSchema(), seen));
                }
            }));
        }
    }

    private static void tidy(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            // beside a reference: the type, and the fields of a scanned form that the referenced schema states
            schema.setType(null);
            schema.setProperties(null);
        } else if (schema.getType() != null && allowsNullBesideType(schema)) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> tidy(property, seen));
        }
        tidy(schema.getItems(), seen);
        tidy(schema.getAdditionalPropertiesSchema(), seen);
        for (List<Schema> alternatives : List.of(nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()),
                nonNull(schema.getAllOf()))) {
            alternatives.forEach(alternative -> tidy(alternative, seen));
        }
    }

    /** An {@code anyOf} that admits null, beside a type that does not. */
    private static boolean allowsNullBesideType(Schema schema) {
        return schema.getAnyOf() != null && !schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getAnyOf().stream().anyMatch(alternative -> alternative.getType() != null
                        && alternative.getType().equals(List.of(Schema.SchemaType.NULL)));
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
