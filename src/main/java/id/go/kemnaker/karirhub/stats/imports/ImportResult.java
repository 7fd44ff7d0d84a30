package id.go.kemnaker.karirhub.stats.imports;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult")
public record ImportResult(UUID importId, int created, int updated, int unchanged, int skipped) {
}
