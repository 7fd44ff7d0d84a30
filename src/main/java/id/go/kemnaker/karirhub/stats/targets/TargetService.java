package id.go.kemnaker.karirhub.stats.targets;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TargetService {

    private final YearlyTargetRepository targets;

    TargetService(YearlyTargetRepository targets) {
        this.targets = targets;
    }

    public List<TargetView> find(Integer year) {
        return targets.listFor(year).stream().map(TargetView::of).toList();
    }

    public Optional<Long> targetOf(Indicator indicator, int year) {
        return targets.findFor(indicator, year).map(row -> row.target);
    }
}
