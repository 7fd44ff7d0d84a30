package id.go.kemnaker.karirhub.stats.indicators;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.targets.Indicator;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class YearlyRealisationRepository implements PanacheRepository<YearlyRealisation> {

    public Optional<YearlyRealisation> findFor(Indicator indicator, int year) {
        return find("indicator = ?1 and year = ?2", indicator, year).firstResultOptional();
    }
}
