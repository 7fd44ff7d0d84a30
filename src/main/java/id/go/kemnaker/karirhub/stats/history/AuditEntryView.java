package id.go.kemnaker.karirhub.stats.history;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * changedAt is a java.time value: written wholly in META-INF/openapi.yaml (see the README). The codes of a
 * part of a count (subject BREAKDOWN) are there only for such entries.
 */
@Schema(name = "AuditEntry")
public record AuditEntryView(long id, @Schema(hidden = true) OffsetDateTime changedAt, String actor, String channel,
        String subject, String category, String indicator, int year, Integer month, Integer week, String region,
        BigDecimal oldValue, BigDecimal newValue, String evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sex, @JsonInclude(JsonInclude.Include.NON_NULL) String ageGroup,
        @JsonInclude(JsonInclude.Include.NON_NULL) String education, @JsonInclude(JsonInclude.Include.NON_NULL) String occupation) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.changedAt, entry.actor, entry.channel, entry.subject, entry.category,
                entry.indicator, entry.year, entry.month, entry.week, entry.regionCode, entry.oldValue, entry.newValue, entry.evidence,
                entry.sex, entry.ageGroup, entry.education, entry.occupation);
    }
}
