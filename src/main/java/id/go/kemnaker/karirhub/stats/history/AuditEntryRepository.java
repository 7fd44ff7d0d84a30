package id.go.kemnaker.karirhub.stats.history;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    /** Entries after {@code afterId}, oldest first, matching the filters that are not null. */
    public List<AuditEntry> page(long afterId, OffsetDateTime since, Category category, Integer year, String region, int limit) {
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
        if (region != null) { // the region, and for a province its regencies
            conditions.add("(regionCode = :region or regionCode like :regencies)");
            parameters.and("region", region).and("regencies", region + ".%");
        }
        return find(String.join(" and ", conditions), Sort.by("id"), parameters).page(0, limit).list();
    }

    /**
     * Every recorded change of one count (a month total when {@code week} is null; national when
     * {@code region} is null), oldest first.
     */
    public List<AuditEntry> historyOf(Category category, int year, int month, Integer week, String region) {
        String weekCondition = week == null ? "week is null" : "week = :week";
        String regionCondition = region == null ? "regionCode is null" : "regionCode = :region";
        Parameters parameters = Parameters.with("category", category.name()).and("year", year).and("month", month);
        if (week != null) {
            parameters.and("week", week);
        }
        if (region != null) {
            parameters.and("region", region);
        }
        return list("subject = 'COUNT' and category = :category and year = :year and month = :month and " + weekCondition
                + " and " + regionCondition, Sort.by("id"), parameters);
    }
}
