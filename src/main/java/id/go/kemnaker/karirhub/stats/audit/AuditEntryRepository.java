package id.go.kemnaker.karirhub.stats.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.counts.CountKey;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    /** Entries after {@code afterId}, oldest first, matching the filters that are not null. */
    public List<AuditEntry> page(long afterId, OffsetDateTime since, Category category, Integer year, int limit) {
        List<String> conditions = new ArrayList<>(List.of("id > :after"));
        Parameters parameters = Parameters.with("after", afterId);
        if (since != null) {
            conditions.add("changedAt >= :since");
            parameters.and("since", since);
        }
        if (category != null) {
            conditions.add("category = :category");
            parameters.and("category", category.name());
        }
        if (year != null) {
            conditions.add("year = :year");
            parameters.and("year", year);
        }
        return find(String.join(" and ", conditions), Sort.by("id"), parameters).page(0, limit).list();
    }

    /** Every recorded change of one count, oldest first. */
    public List<AuditEntry> historyOf(CountKey key) {
        String week = key.isMonthTotal() ? "week is null" : "week = :week";
        Parameters parameters = Parameters.with("category", key.category().name()).and("year", key.year()).and("month", key.month());
        if (!key.isMonthTotal()) {
            parameters.and("week", key.week());
        }
        return list("subject = 'COUNT' and category = :category and year = :year and month = :month and " + week,
                Sort.by("id"), parameters);
    }
}
