package id.go.kemnaker.karirhub.stats.targets;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class YearlyTargetRepository implements PanacheRepository<YearlyTarget> {

    private static final Sort BY_YEAR_AND_INDICATOR = Sort.by("year").and("indicator");

    public Optional<YearlyTarget> findFor(Indicator indicator, int year) {
        return find("indicator = ?1 and year = ?2", indicator, year).firstResultOptional();
    }

    /** Targets of one year, or of every year when {@code year} is null. */
    public List<YearlyTarget> listFor(Integer year) {
        return year == null ? listAll(BY_YEAR_AND_INDICATOR) : list("year", BY_YEAR_AND_INDICATOR, year);
    }
}
