package id.go.kemnaker.karirhub.stats.statistics;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's schema of a count that may be unknown: a whole number, or null when it was not
 * reported. Only named by {@code @Schema(additionalProperties = ...)} for maps of counts.
 */
@Schema(name = "NullableCount", type = SchemaType.INTEGER, format = "int64", nullable = true,
        description = "A count; null when it was not reported (never 0 for a silence)")
final class NullableCount {

    private NullableCount() {
    }
}
