package id.go.kemnaker.karirhub.stats.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReportedCountRepository implements PanacheRepository<ReportedCount> {

    private static final Sort BY_PERIOD = Sort.by("year").and("month").and("category").and("week", Sort.NullPrecedence.NULLS_FIRST);

    public Optional<ReportedCount> findByKey(CountKey key) {
        return key.isMonthTotal()
                ? find("category = ?1 and year = ?2 and month = ?3 and week is null", key.category(), key.year(), key.month())
                        .firstResultOptional()
                : find("category = ?1 and year = ?2 and month = ?3 and week = ?4", key.category(), key.year(), key.month(), key.week())
                        .firstResultOptional();
    }

    /** All counts of one year, ordered by period. */
    public List<ReportedCount> listForYear(int year) {
        return list("year", BY_PERIOD, year);
    }

    /** Counts matching every filter that is not null, ordered by period. */
    public List<ReportedCount> listMatching(Category category, Integer year, Integer month) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (category != null) {
            conditions.add("category = :category");
            parameters.and("category", category);
        }
        if (year != null) {
            conditions.add("year = :year");
            parameters.and("year", year);
        }
        if (month != null) {
            conditions.add("month = :month");
            parameters.and("month", month);
        }
        if (conditions.isEmpty()) {
            return listAll(BY_PERIOD);
        }
        return list(String.join(" and ", conditions), BY_PERIOD, parameters);
    }
}
