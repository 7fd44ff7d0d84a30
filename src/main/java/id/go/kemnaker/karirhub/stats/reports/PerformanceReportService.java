package id.go.kemnaker.karirhub.stats.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.FigureQuery;
import id.go.kemnaker.karirhub.stats.figures.FigureRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.statistics.LatestFigures;
import id.go.kemnaker.karirhub.stats.statistics.StatisticsService;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * Gathers the figures of a year, as they stand or as they stood at a moment, into its
 * performance report, and renders it.
 */
@ApplicationScoped
public class PerformanceReportService {

    private final FigureRepository figures;
    private final StatisticsService statistics;

    PerformanceReportService(FigureRepository figures, StatisticsService statistics) {
        this.figures = figures;
        this.statistics = statistics;
    }

    /** The year that {@code moment} falls in, in Jakarta: a report of that year or a later one is in progress. */
    static int reportingYear(Instant moment) {
        return moment.atZone(Period.REPORTING_ZONE).getYear();
    }

    private PerformanceReport report(FigureSnapshot snapshot, int year, Instant asOf) {
        Map<Indicator, BigDecimal> realisations = snapshot.realisationsOf(year);
        Long facilitated = statistics.indicatorYear(Indicator.FACILITATED_WORKERS, snapshot, year).whole().total().value();
        Long users = statistics.indicatorYear(Indicator.SERVICE_USERS, snapshot, year).whole().total().value();
        if (facilitated != null) {
            realisations.put(Indicator.FACILITATED_WORKERS, BigDecimal.valueOf(facilitated));
        }
        if (users != null) {
            realisations.put(Indicator.SERVICE_USERS, BigDecimal.valueOf(users));
        }
        Instant moment = asOf != null ? asOf : Instant.now();
        List<LatestFigures> progress = null;
        if (year >= reportingYear(moment)) {
            progress = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                if (indicator.isComputed()) {
                    progress.add(statistics.latest(snapshot, indicator, year));
                }
            }
        }
        return PerformanceReport.of(year, snapshot.targetsOf(year), realisations, snapshot.version(), progress);
    }

    /** The report rendered as JSON, CSV (with its file name) or the printable page. */
    public Answer answer(int year, Instant asOf, Representation representation, boolean excel) {
        FigureSnapshot snapshot = figures.read(FigureQuery.of(Area.NATIONAL, year, year, asOf)).combined();
        PerformanceReport report = report(snapshot, year, asOf);
        return switch (representation) {
            case JSON -> new Answer(PerformanceReportJson.render(report), snapshot.version(), null, snapshot.latest());
            case CSV -> new Answer(PerformanceReportCsv.render(report, excel), snapshot.version(),
                    PerformanceReportCsv.fileName(year), snapshot.latest());
            case HTML -> new Answer(PerformanceReportHtml.render(report).getBytes(StandardCharsets.UTF_8), snapshot.version(), null,
                    snapshot.latest());
            default -> throw new IllegalArgumentException("The report is not offered as " + representation.format());
        };
    }
}
