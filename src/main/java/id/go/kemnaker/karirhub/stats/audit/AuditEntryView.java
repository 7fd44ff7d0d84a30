package id.go.kemnaker.karirhub.stats.audit;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One change to a count, a target or the realisation of a reported indicator: what, "
        + "from what to what, who, when, through what.")
public record AuditEntryView(
        @Schema(description = "Increases in commit order; pass the last one seen as 'after' to continue", example = "1042") long id,
        @Schema(example = "2026-11-27T08:15:30.123Z") OffsetDateTime changedAt,
        @Schema(description = "Subject of the token that made the change", example = "siti.rahma@kemnaker.go.id") String actor,
        @Schema(description = "api, batch, import:<importId>, or initial-load (loaded by a migration)", example = "api") String channel,
        @Schema(description = "COUNT, TARGET or REALISATION", example = "COUNT") String subject,
        @Schema(nullable = true, example = "JOB_SEEKER") String category,
        @Schema(nullable = true, description = "For targets and realisations", example = "USER_SATISFACTION_INDEX") String indicator,
        @Schema(example = "2021") int year,
        @Schema(nullable = true, example = "1") Integer month,
        @Schema(nullable = true, example = "1") Integer week,
        @Schema(nullable = true, description = "Kemendagri code of the province or regency of a regional count; null for a "
                + "national count, a target or a realisation", example = "32.73") String region,
        @Schema(nullable = true, description = "null when the value was created; counts are whole numbers, targets and "
                + "realisations may have decimals", example = "3770") BigDecimal oldValue,
        @Schema(nullable = true, description = "null when the value was deleted", example = "3790") BigDecimal newValue,
        @Schema(nullable = true, description = "For realisations: the evidence note given with the value (a change of the "
                + "note alone is recorded with oldValue equal to newValue); null otherwise",
                example = "Survey of 400 respondents, Krejcie-Morgan, 5% error")
        String evidence) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.changedAt, entry.actor, entry.channel, entry.subject, entry.category,
                entry.indicator, entry.year, entry.month, entry.week, entry.regionCode, entry.oldValue, entry.newValue, entry.evidence);
    }
}
