package id.go.kemnaker.karirhub.stats.statistics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reported against live, for one category in one year and place: what a data officer checks
 * before reporting a week. Every reporting week and every month is listed; {@code reported} is
 * the official figure (null: not reported; a week of a month reported as a total has none),
 * {@code live} what events counted (null: no event), {@code difference} live minus reported where
 * both are known. A month compares its official figure (the month total, or its reported weeks)
 * with all its live weeks; {@code reportedComplete} says whether the official month is whole.
 */
@Schema(name = "LiveReconciliation")
public record LiveReconciliation(String category, int year, String region, List<Row> weeks, List<Row> months,
        long dataVersion) {

    /** One week or month: its period id ({@code 2060-03-W2}, {@code 2060-03}). */
    @Schema(name = "LiveReconciliationRow")
    public record Row(String period, int month, Integer week, Long reported, Boolean reportedComplete, Long live,
            Long difference) {
    }
}
