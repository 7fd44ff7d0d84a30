package id.go.kemnaker.karirhub.stats.counts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WriteSummary", description = "What a batch did: counts created, changed, and sent again with the same value.")
public record WriteSummary(
        @Schema(example = "48") int created,
        @Schema(example = "2") int updated,
        @Schema(example = "0") int unchanged) {
}
