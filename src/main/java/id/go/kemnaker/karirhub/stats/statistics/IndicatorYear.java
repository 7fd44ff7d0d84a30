package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * IKK 5 or IKK 6 of a year, computed once: the LAKIP table of Table 3.3 or 3.4 as rows of
 * periods, each with its value per category and in total. JSON, CSV and SDMX-CSV render this
 * same result ({@link StatisticsRenderer}); none of them computes a figure.
 *
 * <p>The rows are the twelve months, each with its reporting weeks (only where {@link #weekly} and
 * the month was not reported as a month total), and the year.
 *
 * @param region null for the nation, else the region codes added up, comma separated
 * @param target the year's target in people; null when none is set (regions have none)
 * @param achievementPercent capaian: total ÷ target × 100, HALF_UP to 2 decimals
 * @param dataVersion the data version the figures reflect
 */
public record IndicatorYear(Indicator indicator, int year, String region, List<Month> months, Row whole, Long target,
        BigDecimal achievementPercent, long dataVersion) {

    /** A period's figures: each category's and their sum. */
    public record Row(Period period, Map<Category, PeriodValue> byCategory, PeriodValue total) {
    }

    /** A month, and its reporting weeks where the table shows weeks and the month was reported by week. */
    public record Month(Row month, List<Row> weeks) {
    }

    /** Whether an indicator's table shows reporting weeks (IKK 5) or only months (IKK 6). */
    static boolean weekly(Indicator indicator) {
        return indicator == Indicator.FACILITATED_WORKERS;
    }

    /** Every row in the table's order: each month's weeks, then the month; last, the year. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(61);
        for (Month month : months) {
            rows.addAll(month.weeks());
            rows.add(month.month());
        }
        rows.add(whole);
        return rows;
    }
}
