package id.go.kemnaker.karirhub.stats.history;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage")
public record AuditPage(List<AuditEntryView> entries, String next) {
}
