package id.go.kemnaker.karirhub.stats.history;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Cell;
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
     * Every recorded change of one count (a month total when its week is null; national when its
     * region is null; a part of the count when its breakdown names codes), oldest first.
     */
    public List<AuditEntry> historyOf(Cell cell) {
        StringBuilder query = new StringBuilder(cell.isTotal() ? "subject = 'COUNT'" : "subject = 'BREAKDOWN'")
                .append(" and category = :category and year = :year and month = :month");
        Parameters parameters = Parameters.with("category", cell.category().name()).and("year", cell.year())
                .and("month", cell.month());
        condition(query, parameters, "week", cell.week());
        condition(query, parameters, "regionCode", cell.region());
        Breakdown part = cell.breakdown();
        condition(query, parameters, "sex", part.sex());
        condition(query, parameters, "ageGroup", part.ageGroup());
        condition(query, parameters, "education", part.education());
        condition(query, parameters, "occupation", part.occupation());
        return list(query.toString(), Sort.by("id"), parameters);
    }

    /** {@code and field is null}, or {@code and field = :field} with the value bound. */
    private static void condition(StringBuilder query, Parameters parameters, String field, Object value) {
        if (value == null) {
            query.append(" and ").append(field).append(" is null");
        } else {
            query.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
    }
}
