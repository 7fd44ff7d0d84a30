package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.figures.PartRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureQuery;
import id.go.kemnaker.karirhub.stats.figures.FigureRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * The statistics of the LAKIP and of the dashboard, computed once from one read of the figures:
 * IKK 5 and IKK 6 of a year ({@link IndicatorYear}), supply against demand, where an indicator
 * stands at its latest period, and the headline figures. Each public method that takes a
 * moment reads ({@link FigureRepository}), the others compute from figures already read; none
 * knows how its result will be written.
 */
@ApplicationScoped
public class StatisticsService {

    private final FigureRepository figures;
    private final PartRepository parts;
    private final CodeListDirectory codeLists;

    StatisticsService(FigureRepository figures, PartRepository parts, CodeListDirectory codeLists) {
        this.figures = figures;
        this.parts = parts;
        this.codeLists = codeLists;
    }

    /** The figures of {@code area} as one, in the years, as of {@code asOf} (null: now), on {@code basis}. */
    private FigureSnapshot read(Area area, int firstYear, int lastYear, Instant asOf, Basis basis) {
        return figures.read(FigureQuery.of(area, firstYear, lastYear, asOf).on(basis)).combined();
    }

    /**
     * The figures of {@code categories} in {@code area}, only those {@code filter} names where it
     * names any ({@link PartRepository#filtered}: the parts with those codes, one place only).
     */
    FigureSnapshot read(Set<Category> categories, Area area, int firstYear, int lastYear, Instant asOf, Basis basis,
            DimensionFilter filter) {
        if (filter.isEmpty()) {
            return read(area, firstYear, lastYear, asOf, basis);
        }
        return parts.filtered(categories, firstYear, lastYear, DimensionFilter.place(area), asOf, basis,
                filter.leaves(codeLists));
    }

    /** IKK 5 or IKK 6 of a year in an area, of the parts {@code filter} names (none: the whole). */
    public Versioned<IndicatorYear> indicatorYear(Indicator indicator, int year, Area area, Instant asOf, Basis basis,
            DimensionFilter filter) {
        FigureSnapshot snapshot = read(indicator.categories(), area, year, year, asOf, basis, filter);
        return Versioned.of(indicatorYear(indicator, snapshot, year), snapshot);
    }

    /** IKK 5 or IKK 6 of the nation in a year, from the current reported figures (what the LAKIP reports). */
    public IndicatorYear indicatorYear(Indicator indicator, int year) {
        return indicatorYear(indicator, read(Area.NATIONAL, year, year, null, Basis.OFFICIAL), year);
    }

    /** IKK 5 or IKK 6 of a year, from {@code snapshot}, which must hold that year. */
    public IndicatorYear indicatorYear(Indicator indicator, FigureSnapshot snapshot, int year) {
        Set<Category> categories = indicator.categories();
        List<IndicatorYear.Month> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            int m = month;
            boolean monthTotal = categories.stream().anyMatch(category -> snapshot.reportedAsMonthTotal(category, year, m));
            List<IndicatorYear.Row> weeks = new ArrayList<>(Period.WEEKS_PER_MONTH);
            if (IndicatorYear.weekly(indicator) && !monthTotal) {
                for (int week = 1; week <= Period.WEEKS_PER_MONTH; week++) {
                    weeks.add(row(snapshot, categories, Period.week(year, month, week)));
                }
            }
            months.add(new IndicatorYear.Month(row(snapshot, categories, Period.month(year, month)), weeks));
        }
        IndicatorYear.Row whole = row(snapshot, categories, Period.year(year));
        Long target = snapshot.targetCount(indicator, year).orElse(null);
        return new IndicatorYear(indicator, year, snapshot.region(), months, whole, target,
                achievement(indicator, whole.total().value(), target), snapshot.version().id());
    }

    private static IndicatorYear.Row row(FigureSnapshot snapshot, Set<Category> categories, Period period) {
        Map<Category, PeriodValue> byCategory = new EnumMap<>(Category.class);
        for (Category category : categories) {
            byCategory.put(category, snapshot.value(Set.of(category), period));
        }
        PeriodValue total = categories.size() == 1 ? byCategory.values().iterator().next() : snapshot.value(categories, period);
        return new IndicatorYear.Row(period, byCategory, total);
    }

    /**
     * Supply against demand in a year (only {@code month} when given) in an area, on {@code basis},
     * of the parts {@code filter} names (none: the whole).
     */
    public Versioned<LabourMarketStatistics> labourMarket(int year, Integer month, Area area, Instant asOf, Basis basis,
            DimensionFilter filter) {
        FigureSnapshot snapshot = read(Set.of(Category.JOB_SEEKER, Category.VACANCY), area, year, year, asOf, basis, filter);
        return Versioned.of(labourMarket(snapshot, year, month), snapshot);
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

    static LabourMarketStatistics.Figures supplyAndDemand(FigureSnapshot snapshot, Period period) {
        return LabourMarketStatistics.Figures.of(snapshot.value(Set.of(Category.JOB_SEEKER), period),
                snapshot.value(Set.of(Category.VACANCY), period));
    }

    /** Where {@code indicator} stands in an area at its latest reported period, within {@code year} when given. */
    public Versioned<LatestFigures> latest(Indicator indicator, Integer year, Area area, Instant asOf, Basis basis) {
        FigureSnapshot snapshot = read(area, year != null ? year : Period.FIRST_YEAR, year != null ? year : Period.LAST_YEAR, asOf,
                basis);
        return Versioned.of(latest(snapshot, indicator, year), snapshot);
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
                    snapshot.version().id(), null);
        }
        Period period = latest.get();
        PeriodValue yearToDate = snapshot.yearToDate(indicator.categories(), period);
        Long target = snapshot.targetCount(indicator, period.year()).orElse(null);
        int elapsed = period.weeksElapsed();
        Long proRata = target == null ? null : scale(target, elapsed, Interval.WEEK.perYear());
        Long projected = yearToDate.value() == null ? null : scale(yearToDate.value(), Interval.WEEK.perYear(), elapsed);
        return new LatestFigures(indicator, snapshot.region(), period.year(), period.id(), period.start(), period.end(), elapsed,
                yearToDate.value(), yearToDate.complete(), target, achievement(indicator, yearToDate.value(), target), proRata,
                projected, snapshot.version().id(), yearToDate.status());
    }

    /**
     * The headline figures of an area: the year to date of job seekers, employers and vacancies
     * up to the latest period any category reported (within {@code year} when given), and IKK 5
     * and 6 so far.
     */
    public Versioned<HeadlineFigures> headline(Integer year, Area area, Instant asOf, Basis basis) {
        FigureSnapshot snapshot = read(area, year != null ? year : Period.FIRST_YEAR, year != null ? year : Period.LAST_YEAR, asOf,
                basis);
        Optional<Period> latest = snapshot.latestReported(EnumSet.allOf(Category.class), year);
        Integer shownYear = latest.map(Period::year).orElse(year);
        LatestFigures facilitated = latest(snapshot, Indicator.FACILITATED_WORKERS, shownYear);
        LatestFigures users = latest(snapshot, Indicator.SERVICE_USERS, shownYear);
        Set<Category> shown = EnumSet.of(Category.JOB_SEEKER, Category.EMPLOYER, Category.VACANCY);
        String status = latest.map(period -> snapshot.yearToDate(shown, period).status()).orElse(null);
        return Versioned.of(new HeadlineFigures(shownYear, snapshot.region(), latest.map(Period::id).orElse(null),
                latest.map(Period::start).orElse(null), latest.map(Period::end).orElse(null),
                latest.map(period -> snapshot.yearToDate(Set.of(Category.JOB_SEEKER), period).value()).orElse(null),
                latest.map(period -> snapshot.yearToDate(Set.of(Category.EMPLOYER), period).value()).orElse(null),
                latest.map(period -> snapshot.yearToDate(Set.of(Category.VACANCY), period).value()).orElse(null),
                HeadlineFigures.Progress.of(facilitated), HeadlineFigures.Progress.of(users), snapshot.version().id(),
                status != null || facilitated.status() != null || users.status() != null ? "provisional" : null), snapshot);
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
