package id.go.kemnaker.karirhub.stats.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage", description = "A page of the audit trail, oldest first.")
public record AuditPage(
        List<AuditEntryView> entries,
        @Schema(nullable = true, example = "1042",
                description = "Cursor for the next page (pass it as 'after'); null when this page is the last for now. "
                        + "A poller keeps the id of the last entry it saw and asks again with after=<that id>.")
        String next) {
}
