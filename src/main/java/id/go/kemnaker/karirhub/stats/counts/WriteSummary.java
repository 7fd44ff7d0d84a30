package id.go.kemnaker.karirhub.stats.counts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WriteSummary")
public record WriteSummary(int created, int updated, int unchanged) {
}
