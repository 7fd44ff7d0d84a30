package id.go.kemnaker.karirhub.stats.history;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** changedAt is a java.time value: written wholly in META-INF/openapi.yaml (see the README). */
@Schema(name = "AuditEntry")
public record AuditEntryView(long id, @Schema(hidden = true) OffsetDateTime changedAt, String actor, String channel,
        String subject, String category, String indicator, int year, Integer month, Integer week, String region,
        BigDecimal oldValue, BigDecimal newValue, String evidence) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.changedAt, entry.actor, entry.channel, entry.subject, entry.category,
                entry.indicator, entry.year, entry.month, entry.week, entry.regionCode, entry.oldValue, entry.newValue, entry.evidence);
    }
}
