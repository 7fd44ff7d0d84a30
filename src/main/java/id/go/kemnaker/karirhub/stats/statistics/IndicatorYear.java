package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * IKK 5 or IKK 6 of a year, computed once: the LAKIP table of Table 3.3 or 3.4 as rows of
 * periods, each with its value per category and in total. JSON, CSV and SDMX-CSV render this
 * same result ({@link StatisticsRenderer}); none of them computes a figure.
 *
 * <p>The rows are, month by month, the month's reporting weeks (only where {@link #weekly} and the
 * month was not reported as a month total), then the month; and last, the year.
 *
 * @param region null for the nation, else the region codes added up, comma separated
 * @param target the year's target in people; null when none is set (regions have none)
 * @param achievementPercent capaian: total ÷ target × 100, HALF_UP to 2 decimals
 * @param dataVersion the data version the figures reflect
 */
public record IndicatorYear(Indicator indicator, int year, String region, List<Row> rows, Long target,
        BigDecimal achievementPercent, long dataVersion) {

    /** A period's figures: each category's and their sum. */
    public record Row(Period period, Map<Category, PeriodValue> byCategory, PeriodValue total) {
    }

    /** Whether an indicator's table shows reporting weeks (IKK 5) or only months (IKK 6). */
    static boolean weekly(Indicator indicator) {
        return indicator == Indicator.FACILITATED_WORKERS;
    }

    /** The rows of an interval, in order. */
    public List<Row> rowsOf(Interval interval) {
        return rows.stream().filter(row -> row.period().interval() == interval).toList();
    }

    /** The week rows of a month: empty when the month was reported only as a month total (or the table has no weeks). */
    public List<Row> weeksOf(int month) {
        return rows.stream().filter(row -> row.period().interval() == Interval.WEEK && row.period().month() == month).toList();
    }

    /** The year row. */
    public Row whole() {
        return rows.get(rows.size() - 1);
    }
}
