package id.go.kemnaker.karirhub.stats.reports;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.indicators.RealisationService;
import id.go.kemnaker.karirhub.stats.targets.TargetService;

/** Gathers the current figures of a year into its performance report. */
@ApplicationScoped
public class PerformanceReportService {

    private final TargetService targets;
    private final RealisationService realisations;

    PerformanceReportService(TargetService targets, RealisationService realisations) {
        this.targets = targets;
        this.realisations = realisations;
    }

    public PerformanceReport report(int year) {
        return PerformanceReport.of(year, targets.targetsOf(year), realisations.realisationsOf(year));
    }
}
