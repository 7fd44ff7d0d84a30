package id.go.kemnaker.karirhub.stats.imports;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import stored. Its id is the channel of its audit entries (import:<importId>).")
public record ImportResult(
        @Schema(example = "0b7a4c1e-5d2f-4e8a-9c3b-6f1d2e3a4b5c") UUID importId,
        @Schema(example = "48") int created,
        @Schema(example = "0") int updated,
        @Schema(example = "0") int unchanged,
        @Schema(description = "Rows whose count was '-' or empty (not reported): nothing stored", example = "3") int skipped) {
}
