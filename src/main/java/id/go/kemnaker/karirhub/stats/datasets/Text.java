package id.go.kemnaker.karirhub.stats.datasets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Indonesian and in English, as Satu Data portals show their metadata. */
@Schema(name = "BilingualText", description = "A text in Indonesian (id) and English (en)")
public record Text(
        @Schema(example = "Pencari Kerja Aktif") String id,
        @Schema(example = "Active job seekers") String en) {
}
