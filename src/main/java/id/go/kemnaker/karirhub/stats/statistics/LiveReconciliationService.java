package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.figures.LiveRepository;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.FigureQuery;
import id.go.kemnaker.karirhub.stats.figures.FigureRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/**
 * Builds {@link LiveReconciliation}: the official figures from one read of the year
 * ({@link FigureRepository}, as every statistic), the live ones from {@link LiveRepository}.
 */
@ApplicationScoped
public class LiveReconciliationService {

    /** What to reconcile: a category counted by events, a year, a place. */
    public record Scope(Category category, int year, Area area) {
    }

    private final FigureRepository figures;
    private final LiveRepository live;
    private final StatisticsRequests requests;

    LiveReconciliationService(FigureRepository figures, LiveRepository live, StatisticsRequests requests) {
        this.figures = figures;
        this.live = live;
        this.requests = requests;
    }

    /** The request's parameters as a scope, or a 400 naming the first bad one. */
    public Scope scope(String category, String year, String region) {
        Category named = RequestParameters.requiredCategory(category);
        if (named.isStock()) {
            throw new InvalidParameterException("category", named + " is a stock (what remains at the end of a month); "
                    + "events count flows, so there is nothing live to reconcile it with");
        }
        int y = RequestParameters.requiredYear(year);
        return new Scope(named, y, requests.area(region, Period.year(y)));
    }

    public LiveReconciliation reconcile(Scope scope) {
        Set<Category> category = Set.of(scope.category());
        FigureSnapshot official = figures.read(FigureQuery.of(scope.area(), scope.year(), scope.year(), null)).combined();
        Long[][] liveWeeks = live.weeks(scope.category(), scope.year(), scope.area().regions());
        List<LiveReconciliation.Row> weeks = new ArrayList<>();
        List<LiveReconciliation.Row> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Long liveMonth = null;
            for (int week = 1; week <= Period.WEEKS_PER_MONTH; week++) {
                Period period = Period.week(scope.year(), month, week);
                PeriodValue reported = official.value(category, period);
                Long liveWeek = liveWeeks[month][week];
                if (liveWeek != null) { // not a conditional expression: its type would be long, and a null unboxed
                    liveMonth = Long.valueOf((liveMonth == null ? 0 : liveMonth) + liveWeek);
                }
                weeks.add(row(period, month, week, reported, liveWeek));
            }
            Period period = Period.month(scope.year(), month);
            months.add(row(period, month, null, official.value(category, period), liveMonth));
        }
        String region = scope.area().national() ? null : String.join(",", scope.area().regions());
        return new LiveReconciliation(scope.category().name(), scope.year(), region, weeks, months, official.version().id());
    }

    private static LiveReconciliation.Row row(Period period, int month, Integer week, PeriodValue reported, Long live) {
        Long official = reported.value();
        return new LiveReconciliation.Row(period.id(), month, week, official, official == null ? null : reported.complete(), live,
                official == null || live == null ? null : live - official);
    }
}
