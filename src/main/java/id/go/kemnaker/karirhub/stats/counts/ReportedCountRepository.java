package id.go.kemnaker.karirhub.stats.counts;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ReportedCountRepository implements PanacheRepository<ReportedCount> {

    public Optional<ReportedCount> findByKey(CountKey key) {
        return key.isMonthTotal()
                ? find("category = ?1 and year = ?2 and month = ?3 and week is null", key.category(), key.year(), key.month())
                        .firstResultOptional()
                : find("category = ?1 and year = ?2 and month = ?3 and week = ?4", key.category(), key.year(), key.month(), key.week())
                        .firstResultOptional();
    }
}
