package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxCsv;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxDimensions;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;
import id.go.kemnaker.karirhub.stats.formats.Representation;

/**
 * Writes the statistics results as JSON, CSV or SDMX-CSV. Every method renders a result computed
 * once by {@link StatisticsService}; none reads the database or computes a figure.
 */
@ApplicationScoped
public class StatisticsRenderer {

    private final ObjectMapper json;

    StatisticsRenderer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * IKK 5 or IKK 6 of a year. JSON: {@link FacilitatedWorkersStatistics} or
     * {@link ServiceUserStatistics}. CSV of IKK 5: one row per reporting week, or per month where
     * the month was reported only as a total ({@code period,start,end,value,complete}); of IKK 6:
     * one row per month with each category's month total
     * ({@code period,start,end,JOB_SEEKER,EMPLOYER,PBK_TRAINING,PRAKERJA_TRAINING,total,complete}).
     * SDMX-CSV: the weeks, months and year of the LAKIP table ({@link SdmxCsv}).
     */
    public Answer indicatorYear(Versioned<IndicatorYear> result, Area area, Representation representation, boolean excel) {
        return indicatorYear(result, area, DimensionFilter.NONE, representation, excel);
    }

    /** As {@link #indicatorYear(Versioned, Area, Representation, boolean)}, of the parts {@code filter} names (SDMX-CSV names them). */
    public Answer indicatorYear(Versioned<IndicatorYear> result, Area area, DimensionFilter filter, Representation representation,
            boolean excel) {
        IndicatorYear table = result.value();
        if (representation == Representation.JSON) { // named only as a download
            return json(table.indicator() == Indicator.FACILITATED_WORKERS ? facilitatedWorkers(table) : serviceUsers(table), result);
        }
        String file = "karirhub-" + fileId(table.indicator()) + "-" + table.year() + fileRegion(area) + filter.fileSuffix();
        if (representation == Representation.SDMX_CSV) {
            return new Answer(sdmx(table, SdmxDimensions.codes(filter.codes())).render(excel), result.version(), file + ".sdmx.csv",
                    result.latest());
        }
        return csv(IndicatorYear.weekly(table.indicator()) ? weekCsv(table) : monthCsv(table), excel, result,
                file + (IndicatorYear.weekly(table.indicator()) ? "-week.csv" : "-month.csv"));
    }

    private static FacilitatedWorkersStatistics facilitatedWorkers(IndicatorYear table) {
        List<FacilitatedWorkersStatistics.Month> months = new ArrayList<>(12);
        for (IndicatorYear.Month month : table.months()) {
            List<FacilitatedWorkersStatistics.Week> weeks = new ArrayList<>(month.weeks().size());
            for (IndicatorYear.Row week : month.weeks()) {
                weeks.add(new FacilitatedWorkersStatistics.Week(week.period().weekOfMonth(), week.total().value(),
                        week.total().status()));
            }
            months.add(new FacilitatedWorkersStatistics.Month(month.month().period().month(), month.month().total().value(), weeks,
                    month.month().total().status()));
        }
        PeriodValue whole = table.whole().total();
        return new FacilitatedWorkersStatistics(table.indicator(), table.year(), table.region(), whole.value(), whole.complete(),
                table.target(), table.achievementPercent(), months, table.dataVersion(), whole.status());
    }

    private static ServiceUserStatistics serviceUsers(IndicatorYear table) {
        List<ServiceUserStatistics.Month> months = table.months().stream().map(IndicatorYear.Month::month)
                .map(month -> new ServiceUserStatistics.Month(month.period().month(), month.total().value(), byCategory(month),
                        month.total().status()))
                .toList();
        PeriodValue whole = table.whole().total();
        return new ServiceUserStatistics(table.indicator(), table.year(), table.region(), whole.value(), whole.complete(),
                table.target(), table.achievementPercent(), byCategory(table.whole()), months, table.dataVersion(), whole.status());
    }

    private static ServiceUserStatistics.ByCategory byCategory(IndicatorYear.Row row) {
        return new ServiceUserStatistics.ByCategory(value(row, Category.JOB_SEEKER), value(row, Category.EMPLOYER),
                value(row, Category.PBK_TRAINING), value(row, Category.PRAKERJA_TRAINING));
    }

    private static Long value(IndicatorYear.Row row, Category category) {
        PeriodValue value = row.byCategory().get(category);
        return value == null ? null : value.value();
    }

    private static CsvTable weekCsv(IndicatorYear table) {
        CsvTable csv = new CsvTable(List.of("period", "start", "end", "value", "complete"));
        for (IndicatorYear.Month month : table.months()) {
            for (IndicatorYear.Row row : month.weeks().isEmpty() ? List.of(month.month()) : month.weeks()) {
                csv.row(row.period().id(), row.period().start(), row.period().end(), row.total().value(), row.total().complete());
            }
        }
        return csv;
    }

    private static CsvTable monthCsv(IndicatorYear table) {
        List<String> header = new ArrayList<>(List.of("period", "start", "end"));
        table.indicator().categories().forEach(category -> header.add(category.name()));
        header.addAll(List.of("total", "complete"));
        CsvTable csv = new CsvTable(header);
        for (IndicatorYear.Month row : table.months()) {
            IndicatorYear.Row month = row.month();
            Period period = month.period();
            List<Object> cells = new ArrayList<>(List.of(period.id(), period.start(), period.end()));
            month.byCategory().values().forEach(value -> cells.add(value.value()));
            cells.add(month.total().value());
            cells.add(month.total().complete());
            csv.row(cells.toArray());
        }
        return csv;
    }

    /**
     * The LAKIP table as observations: for IKK 5 (Table 3.3) each reporting week of the months
     * reported by week, each month and the year; for IKK 6 (Table 3.4) each month and the year,
     * by category and in total.
     */
    private static SdmxCsv sdmx(IndicatorYear table, List<String> parts) {
        SdmxCsv message = new SdmxCsv(table.region(), parts);
        boolean byCategory = !IndicatorYear.weekly(table.indicator());
        for (IndicatorYear.Row row : table.rows()) {
            if (byCategory) {
                row.byCategory().forEach((category, value) -> message.indicatorCategory(table.indicator(), category, row.period(),
                        value));
            }
            message.indicator(table.indicator(), row.period(), row.total());
        }
        return message;
    }

    /**
     * Supply against demand. The CSV has one row per month (or the month asked for) and a last
     * row for the year: {@code period,start,end,jobSeekers,vacancies,vacanciesPer100JobSeekers,complete}.
     */
    public Answer labourMarket(Versioned<LabourMarketStatistics> result, Integer month, Area area, DimensionFilter filter,
            Representation representation,
            boolean excel) {
        LabourMarketStatistics statistics = result.value();
        if (representation == Representation.JSON) {
            return json(statistics, result);
        }
        CsvTable table = new CsvTable(List.of("period", "start", "end", "jobSeekers", "vacancies", "vacanciesPer100JobSeekers",
                "complete"));
        for (LabourMarketStatistics.MonthFigures row : statistics.months()) {
            Period period = Period.month(statistics.year(), row.month());
            table.row(period.id(), period.start(), period.end(), row.jobSeekers(), row.vacancies(),
                    row.vacanciesPer100JobSeekers(), row.complete());
        }
        Period whole = Period.year(statistics.year());
        LabourMarketStatistics.Figures total = statistics.yearTotal();
        table.row(whole.id(), whole.start(), whole.end(), total.jobSeekers(), total.vacancies(),
                total.vacanciesPer100JobSeekers(), total.complete());
        return csv(table, excel, result, "karirhub-labour-market-" + statistics.year()
                + (month == null ? "" : String.format("-%02d", month)) + fileRegion(area) + filter.fileSuffix() + ".csv");
    }

    /** The headline figures (JSON only: a home page reads them). */
    public Answer headline(Versioned<HeadlineFigures> result) {
        return json(result.value(), result);
    }

    /**
     * The latest figures of an indicator; the CSV is one row with the JSON's fields as columns,
     * its file named after the year asked ({@code year}, null when none was).
     */
    public Answer latest(Versioned<LatestFigures> result, Integer year, Area area, Representation representation, boolean excel) {
        LatestFigures latest = result.value();
        if (representation == Representation.JSON) {
            return json(latest, result);
        }
        CsvTable table = new CsvTable(List.of("indicator", "year", "latestPeriod", "latestPeriodStart", "latestPeriodEnd",
                "elapsedWeeks", "yearToDate", "complete", "target", "achievementPercent", "proRataTarget", "projectedYearEnd",
                "dataVersion", "region"));
        table.row(latest.indicator(), latest.year(), latest.latestPeriod(), latest.latestPeriodStart(), latest.latestPeriodEnd(),
                latest.elapsedWeeks(), latest.yearToDate(), latest.complete(), latest.target(), latest.achievementPercent(),
                latest.proRataTarget(), latest.projectedYearEnd(), latest.dataVersion(), latest.region());
        return csv(table, excel, result, "karirhub-" + fileId(latest.indicator()) + "-latest"
                + (year == null ? "" : "-" + year) + fileRegion(area) + ".csv");
    }

    /** The regions of an answer as they appear in file names: {@code -32.73} or {@code -32-33}; nothing for the nation. */
    public static String fileRegion(Area area) {
        return area.national() ? "" : "-" + String.join("-", area.regions());
    }

    /** An indicator as it appears in file names: facilitated-workers. */
    public static String fileId(Enum<?> code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Answer json(Object value, Versioned<?> result) {
        return Answer.json(json, value, result.version(), result.latest());
    }

    private static Answer csv(CsvTable table, boolean excel, Versioned<?> result, String fileName) {
        return new Answer(table.render(excel), result.version(), fileName, result.latest());
    }
}
