package id.go.kemnaker.karirhub.stats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * The figures of one place (the nation, a region, or regions added up), with the targets and
 * realisations of the nation, over a range of years as they stood at one data version: what
 * every statistics answer and performance report is computed from. It adds up periods (weeks
 * into months, months into quarters and years), never regions: the database did that
 * ({@link RegionalSums}).
 */
public final class FigureSnapshot {

    private final DataVersion version;
    private final DataVersion latest;
    private final String region;
    private final int firstYear;
    private final int lastYear;
    private final List<Figure> counts;
    private final Map<Indicator, Map<Integer, BigDecimal>> targets = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Map<Integer, BigDecimal>> realisations = new EnumMap<>(Indicator.class);
    private final Map<Integer, CountsOfYear> byYear = new HashMap<>();

    FigureSnapshot(DataVersion version, DataVersion latest, String region, int firstYear, int lastYear, List<Figure> counts,
            Map<Indicator, Map<Integer, BigDecimal>> targets, Map<Indicator, Map<Integer, BigDecimal>> realisations) {
        this.version = version;
        this.latest = latest;
        this.region = region;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.counts = List.copyOf(counts);
        targets.forEach((indicator, ofYears) -> this.targets.put(indicator, Map.copyOf(ofYears)));
        realisations.forEach((indicator, ofYears) -> this.realisations.put(indicator, Map.copyOf(ofYears)));
        for (int year = firstYear; year <= lastYear; year++) {
            byYear.put(year, new CountsOfYear());
        }
        for (Figure figure : counts) {
            byYear.get(figure.cell().year()).add(figure);
        }
    }

    /** The data version these figures reflect. */
    public DataVersion version() {
        return version;
    }

    /** The latest data version at the time of the read: {@link #version()} unless read as of an earlier moment. */
    public DataVersion latest() {
        return latest;
    }

    /** What the figures are for: null for the nation, else the region codes added up, comma separated. */
    public String region() {
        return region;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public List<Figure> counts() {
        return counts;
    }

    /** Whether {@code category} reported the month as a month total (so it has no reporting weeks). */
    public boolean reportedAsMonthTotal(Category category, int year, int month) {
        CountsOfYear ofYear = byYear.get(year);
        return ofYear != null && ofYear.reportedAsMonthTotal(category, month);
    }

    /** The target as stored (an index, a percentage, a number of people). */
    public Optional<BigDecimal> target(Indicator indicator, int year) {
        return Optional.ofNullable(targets.getOrDefault(indicator, Map.of()).get(year));
    }

    /** The target of an indicator counted in people: a whole number (a stored fraction is rounded HALF_UP). */
    public Optional<Long> targetCount(Indicator indicator, int year) {
        return target(indicator, year).map(value -> value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** The targets of a year, by indicator. */
    public Map<Indicator, BigDecimal> targetsOf(int year) {
        return ofYear(targets, year);
    }

    /** The realisations entered for the reported indicators of a year (not the computed ones). */
    public Map<Indicator, BigDecimal> realisationsOf(int year) {
        return ofYear(realisations, year);
    }

    private static Map<Indicator, BigDecimal> ofYear(Map<Indicator, Map<Integer, BigDecimal>> values, int year) {
        Map<Indicator, BigDecimal> ofYear = new EnumMap<>(Indicator.class);
        values.forEach((indicator, byYear) -> {
            if (byYear.containsKey(year)) {
                ofYear.put(indicator, byYear.get(year));
            }
        });
        return ofYear;
    }

    /**
     * What {@code categories} reported in {@code period}, added up: a week counts only where the
     * week itself was reported (a month total is never split into weeks); a longer period adds
     * up its months (each the month total, or the sum of its reported weeks), except for a stock,
     * whose longer period is its last month (a stock has no weeks: a week of it is not reported). {@code complete}
     * is false when any category left any part of the period unreported; the value is null
     * when nothing at all was reported, or when the year lies outside this snapshot.
     */
    public PeriodValue value(Set<Category> categories, Period period) {
        CountsOfYear ofYear = byYear.get(period.year());
        if (ofYear == null) {
            return PeriodValue.NOT_REPORTED;
        }
        Long sum = null;
        boolean complete = true;
        boolean provisional = false;
        int first = period.month();
        int last = period.interval() == Interval.WEEK ? first : period.lastMonth();
        for (Category category : categories) {
            if (period.interval() == Interval.WEEK) {
                sum = CountsOfYear.plus(sum, ofYear.week(category, first, period.weekOfMonth()));
                complete &= ofYear.weekComplete(category, first, period.weekOfMonth());
                provisional |= ofYear.weekProvisional(category, first, period.weekOfMonth());
                continue;
            }
            if (category.isStock()) { // what remained at the end of the period: its last month's
                sum = CountsOfYear.plus(sum, ofYear.month(category, last));
                complete &= ofYear.monthComplete(category, last);
                continue;
            }
            for (int month = first; month <= last; month++) {
                sum = CountsOfYear.plus(sum, ofYear.month(category, month));
                complete &= ofYear.monthComplete(category, month);
                provisional |= ofYear.monthProvisional(category, month);
            }
        }
        return new PeriodValue(sum, complete, provisional);
    }

    /**
     * Year to date at the end of {@code period}: what {@code categories} reported from 1 January
     * of its year to its last day (the months before it, each as in {@link #value}, and for a
     * week, the weeks of its month up to it). Complete when every part was reported. Not for a
     * stock, which adds up over no time: the caller refuses to ask.
     */
    public PeriodValue yearToDate(Set<Category> categories, Period period) {
        if (categories.stream().anyMatch(Category::isStock)) {
            throw new IllegalArgumentException("A stock has no year to date: " + categories);
        }
        List<Long> values = new ArrayList<>();
        boolean complete = true;
        List<Period> parts = new ArrayList<>();
        int wholeMonths = period.interval() == Interval.WEEK ? period.month() - 1 : period.lastMonth();
        for (int month = 1; month <= wholeMonths; month++) {
            parts.add(Period.month(period.year(), month));
        }
        if (period.interval() == Interval.WEEK) {
            for (int week = 1; week <= period.weekOfMonth(); week++) {
                parts.add(Period.week(period.year(), period.month(), week));
            }
        }
        boolean provisional = false;
        for (Period part : parts) {
            PeriodValue value = value(categories, part);
            values.add(value.value());
            complete &= value.complete();
            provisional |= value.provisional();
        }
        return new PeriodValue(CountsOfYear.sumOfReported(values), complete, provisional);
    }

    /**
     * The latest period in which any of {@code categories} reported, within {@code year} when
     * given: the reporting week, or the month when that month was reported as a total. When a
     * week and a month total end on the same day, the month (it says more).
     */
    public Optional<Period> latestReported(Set<Category> categories, Integer year) {
        for (int y = year != null ? year : lastYear; y >= (year != null ? year : firstYear); y--) {
            CountsOfYear ofYear = byYear.get(y);
            if (ofYear == null) {
                continue;
            }
            Period latest = null;
            for (Category category : categories) {
                Period candidate = ofYear.latestReported(category, y);
                if (candidate != null && (latest == null || candidate.end().isAfter(latest.end())
                        || (candidate.end().equals(latest.end()) && candidate.interval() == Interval.MONTH))) {
                    latest = candidate;
                }
            }
            if (latest != null) {
                return Optional.of(latest);
            }
        }
        return Optional.empty();
    }
}
