package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/** The LAKIP figures of a year: IKK 5 (facilitated workers) and IKK 6 (service users). */
@ApplicationScoped
public class StatisticsService {

    private final StoredFigures figures;

    StatisticsService(StoredFigures figures) {
        this.figures = figures;
    }

    /** IKK 5 of a year, from the current figures. */
    public FacilitatedWorkersStatistics facilitatedWorkers(int year) {
        return facilitatedWorkers(figures.current(year, year), year);
    }

    /** IKK 6 of a year, from the current figures. */
    public ServiceUserStatistics serviceUsers(int year) {
        return serviceUsers(figures.current(year, year), year);
    }

    /** IKK 5 of a year, from {@code snapshot}, which must hold that year. */
    public FacilitatedWorkersStatistics facilitatedWorkers(FigureSnapshot snapshot, int year) {
        CountsOfYear data = snapshot.year(year);
        Category jobSeekers = Category.JOB_SEEKER;
        List<FacilitatedWorkersStatistics.Month> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            int m = month;
            List<FacilitatedWorkersStatistics.Week> weeks = data.reportedAsMonthTotal(jobSeekers, month)
                    ? List.of()
                    : IntStream.rangeClosed(1, 4)
                            .mapToObj(week -> new FacilitatedWorkersStatistics.Week(week, data.week(jobSeekers, m, week)))
                            .toList();
            months.add(new FacilitatedWorkersStatistics.Month(month, data.month(jobSeekers, month), weeks));
        }
        Long total = CountsOfYear.sumOfReported(months.stream().map(FacilitatedWorkersStatistics.Month::total).toList());
        Long target = snapshot.targetCount(Indicator.FACILITATED_WORKERS, year).orElse(null);
        return new FacilitatedWorkersStatistics(Indicator.FACILITATED_WORKERS, year, snapshot.region(), total,
                snapshot.value(Indicator.FACILITATED_WORKERS.categories(), Period.year(year)).complete(), target,
                achievement(Indicator.FACILITATED_WORKERS, total, target), months, snapshot.version().id());
    }

    /** IKK 6 of a year, from {@code snapshot}, which must hold that year. */
    public ServiceUserStatistics serviceUsers(FigureSnapshot snapshot, int year) {
        CountsOfYear data = snapshot.year(year);
        List<ServiceUserStatistics.Month> months = new ArrayList<>(12);
        Map<Category, List<Long>> perCategory = new EnumMap<>(Category.class);
        for (int month = 1; month <= 12; month++) {
            Map<Category, Long> ofMonth = new EnumMap<>(Category.class);
            for (Category category : Indicator.SERVICE_USERS.categories()) {
                Long value = data.month(category, month);
                ofMonth.put(category, value);
                perCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(value);
            }
            months.add(new ServiceUserStatistics.Month(month,
                    CountsOfYear.sumOfReported(new ArrayList<>(ofMonth.values())), ServiceUserStatistics.ByCategory.of(ofMonth)));
        }
        Map<Category, Long> ofYear = new EnumMap<>(Category.class);
        perCategory.forEach((category, values) -> ofYear.put(category, CountsOfYear.sumOfReported(values)));
        Long total = CountsOfYear.sumOfReported(new ArrayList<>(ofYear.values()));
        Long target = snapshot.targetCount(Indicator.SERVICE_USERS, year).orElse(null);
        return new ServiceUserStatistics(Indicator.SERVICE_USERS, year, snapshot.region(), total,
                snapshot.value(Indicator.SERVICE_USERS.categories(), Period.year(year)).complete(), target,
                achievement(Indicator.SERVICE_USERS, total, target),
                ServiceUserStatistics.ByCategory.of(ofYear), months, snapshot.version().id());
    }

    /**
     * Supply against demand in a year: job seekers and vacancies per month (only {@code month}
     * when given) and for the whole year, from {@code snapshot}, which must hold that year.
     */
    public LabourMarketStatistics labourMarket(FigureSnapshot snapshot, int year, Integer month) {
        List<LabourMarketStatistics.MonthFigures> months = new ArrayList<>(12);
        for (int m = month == null ? 1 : month; m <= (month == null ? 12 : month); m++) {
            months.add(LabourMarketStatistics.MonthFigures.of(m, supplyAndDemand(snapshot, Period.month(year, m))));
        }
        return new LabourMarketStatistics(year, snapshot.region(), supplyAndDemand(snapshot, Period.year(year)), months,
                snapshot.version().id());
    }

    private static LabourMarketStatistics.Figures supplyAndDemand(FigureSnapshot snapshot, Period period) {
        return LabourMarketStatistics.Figures.of(snapshot.value(Set.of(Category.JOB_SEEKER), period),
                snapshot.value(Set.of(Category.VACANCY), period));
    }

    /**
     * Where {@code indicator} stands at its latest reported period (within {@code year} when
     * given): year to date, achievement so far, the target pro rata to date and the run-rate
     * projection of the year-end total. {@code snapshot} must hold the years to look in.
     */
    public LatestFigures latest(FigureSnapshot snapshot, Indicator indicator, Integer year) {
        Optional<Period> latest = snapshot.latestReported(indicator.categories(), year);
        if (latest.isEmpty()) {
            Long target = year == null ? null : snapshot.targetCount(indicator, year).orElse(null);
            return new LatestFigures(indicator, snapshot.region(), year, null, null, null, null, null, false, target, null, null, null,
                    snapshot.version().id());
        }
        Period period = latest.get();
        PeriodValue yearToDate = snapshot.yearToDate(indicator.categories(), period);
        Long target = snapshot.targetCount(indicator, period.year()).orElse(null);
        int elapsed = period.weeksElapsed();
        Long proRata = target == null ? null : scale(target, elapsed, Interval.WEEK.perYear());
        Long projected = yearToDate.value() == null ? null : scale(yearToDate.value(), Interval.WEEK.perYear(), elapsed);
        return new LatestFigures(indicator, snapshot.region(), period.year(), period.id(), period.start(), period.end(), elapsed,
                yearToDate.value(), yearToDate.complete(), target, achievement(indicator, yearToDate.value(), target), proRata,
                projected, snapshot.version().id());
    }

    /**
     * The headline figures: the year to date of job seekers, employers and vacancies up to the
     * latest period any category reported (within {@code year} when given), and IKK 5 and 6 so
     * far. {@code snapshot} must hold the years to look in.
     */
    public HeadlineFigures headline(FigureSnapshot snapshot, Integer year) {
        Optional<Period> latest = snapshot.latestReported(EnumSet.allOf(Category.class), year);
        Integer shownYear = latest.map(Period::year).orElse(year);
        LatestFigures facilitated = latest(snapshot, Indicator.FACILITATED_WORKERS, shownYear);
        LatestFigures users = latest(snapshot, Indicator.SERVICE_USERS, shownYear);
        return new HeadlineFigures(shownYear, snapshot.region(), latest.map(Period::id).orElse(null),
                latest.map(Period::start).orElse(null), latest.map(Period::end).orElse(null),
                latest.map(period -> snapshot.yearToDate(Set.of(Category.JOB_SEEKER), period).value()).orElse(null),
                latest.map(period -> snapshot.yearToDate(Set.of(Category.EMPLOYER), period).value()).orElse(null),
                latest.map(period -> snapshot.yearToDate(Set.of(Category.VACANCY), period).value()).orElse(null),
                HeadlineFigures.Progress.of(facilitated), HeadlineFigures.Progress.of(users), snapshot.version().id());
    }

    /** Capaian by the indicator's own rule (both computed ones: realisation ÷ target × 100). */
    private static BigDecimal achievement(Indicator indicator, Long realisation, Long target) {
        return indicator.polarity().achievementPercent(target == null ? null : BigDecimal.valueOf(target),
                realisation == null ? null : BigDecimal.valueOf(realisation));
    }

    /** value × multiplier ÷ divisor, HALF_UP to a whole number. */
    private static long scale(long value, int multiplier, int divisor) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(multiplier))
                .divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
