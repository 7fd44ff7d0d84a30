package id.go.kemnaker.karirhub.stats.events;

import java.time.Instant;
import java.time.LocalDate;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * An event that passed {@link EventRules}: what it counts ({@code amount} in {@code category}), in
 * which reporting week (that of {@code occurredAt} in Jakarta time) and region, with the codes of
 * the dimensions it named (null: not known). It holds no personal data: the contract has no field
 * for any.
 */
public record LiveEvent(String eventId, EventType type, Instant occurredAt, Category category, int amount, String region,
        String sex, String ageGroup, String education, String occupation) {

    /** The reporting week the event counts in, national or in its region, the whole category. */
    public Cell cell() {
        Period week = Period.containing(Interval.WEEK, LocalDate.ofInstant(occurredAt, Period.REPORTING_ZONE));
        return new Cell(category, week.year(), week.month(), week.weekOfMonth(), region);
    }
}
