package id.go.kemnaker.karirhub.stats.datasets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Indonesian and in English, as Satu Data portals show their metadata. */
@Schema(name = "BilingualText")
public record Text(String id, String en) {
}
