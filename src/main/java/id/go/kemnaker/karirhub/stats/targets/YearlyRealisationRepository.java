package id.go.kemnaker.karirhub.stats.targets;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

@ApplicationScoped
public class YearlyRealisationRepository implements PanacheRepository<YearlyRealisation> {

    public Optional<YearlyRealisation> findFor(Indicator indicator, int year) {
        return find("indicator = ?1 and year = ?2", indicator, year).firstResultOptional();
    }
}
