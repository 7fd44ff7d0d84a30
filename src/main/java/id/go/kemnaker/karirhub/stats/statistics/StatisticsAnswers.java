package id.go.kemnaker.karirhub.stats.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxCsv;
import id.go.kemnaker.karirhub.stats.web.CsvTable;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/** Renders the statistics answers, as JSON or CSV, from the figures as they stand or stood. */
@ApplicationScoped
public class StatisticsAnswers {

    private final StoredFigures figures;
    private final StatisticsService statistics;
    private final ObjectMapper json;

    StatisticsAnswers(StoredFigures figures, StatisticsService statistics, ObjectMapper json) {
        this.figures = figures;
        this.statistics = statistics;
        this.json = json;
    }

    /**
     * IKK 5 of a year. The CSV has one row per reporting week, or per month where the month was
     * reported only as a total: {@code period,start,end,value,complete}.
     */
    public Answer facilitatedWorkers(int year, Instant asOf, Representation representation, boolean excel) {
        return facilitatedWorkers(year, Area.NATIONAL, asOf, representation, excel);
    }

    /** IKK 5 of a year in an area: {@link #facilitatedWorkers(int, Instant, Representation, boolean)} of its regions. */
    public Answer facilitatedWorkers(int year, Area area, Instant asOf, Representation representation, boolean excel) {
        FigureSnapshot snapshot = figures.read(asOf, year, year, area);
        if (representation == Representation.JSON) {
            return json(statistics.facilitatedWorkers(snapshot, year), snapshot);
        }
        if (representation == Representation.SDMX_CSV) {
            return new Answer(SdmxCsv.facilitatedWorkers(snapshot, year).render(excel), snapshot.version(),
                    "karirhub-facilitated-workers-" + year + fileRegion(area) + ".sdmx.csv", snapshot.latest());
        }
        Set<Category> jobSeekers = Indicator.FACILITATED_WORKERS.categories();
        CsvTable table = new CsvTable(List.of("period", "start", "end", "value", "complete"));
        for (int month = 1; month <= 12; month++) {
            List<Period> rows = new ArrayList<>();
            if (snapshot.year(year).reportedAsMonthTotal(Category.JOB_SEEKER, month)) {
                rows.add(Period.month(year, month));
            } else {
                for (int week = 1; week <= 4; week++) {
                    rows.add(Period.week(year, month, week));
                }
            }
            for (Period period : rows) {
                PeriodValue value = snapshot.value(jobSeekers, period);
                table.row(period.id(), period.start(), period.end(), value.value(), value.complete());
            }
        }
        return csv(table, excel, snapshot, "karirhub-facilitated-workers-" + year + fileRegion(area) + "-week.csv");
    }

    /**
     * IKK 6 of a year. The CSV has one row per month, with each category's month total:
     * {@code period,start,end,JOB_SEEKER,EMPLOYER,PBK_TRAINING,PRAKERJA_TRAINING,total,complete}.
     */
    public Answer serviceUsers(int year, Instant asOf, Representation representation, boolean excel) {
        return serviceUsers(year, Area.NATIONAL, asOf, representation, excel);
    }

    /** IKK 6 of a year in an area: {@link #serviceUsers(int, Instant, Representation, boolean)} of its regions. */
    public Answer serviceUsers(int year, Area area, Instant asOf, Representation representation, boolean excel) {
        FigureSnapshot snapshot = figures.read(asOf, year, year, area);
        if (representation == Representation.JSON) {
            return json(statistics.serviceUsers(snapshot, year), snapshot);
        }
        if (representation == Representation.SDMX_CSV) {
            return new Answer(SdmxCsv.serviceUsers(snapshot, year).render(excel), snapshot.version(),
                    "karirhub-service-users-" + year + fileRegion(area) + ".sdmx.csv", snapshot.latest());
        }
        List<String> header = new ArrayList<>(List.of("period", "start", "end"));
        Indicator.SERVICE_USERS.categories().forEach(category -> header.add(category.name()));
        header.addAll(List.of("total", "complete"));
        CsvTable table = new CsvTable(header);
        for (int month = 1; month <= 12; month++) {
            Period period = Period.month(year, month);
            List<Object> row = new ArrayList<>(List.of(period.id(), period.start(), period.end()));
            for (Category category : Indicator.SERVICE_USERS.categories()) {
                row.add(snapshot.value(Set.of(category), period).value());
            }
            PeriodValue total = snapshot.value(Indicator.SERVICE_USERS.categories(), period);
            row.add(total.value());
            row.add(total.complete());
            table.row(row.toArray());
        }
        return csv(table, excel, snapshot, "karirhub-service-users-" + year + fileRegion(area) + "-month.csv");
    }

    /**
     * Supply against demand. The CSV has one row per month (or the month asked for) and a last
     * row for the year: {@code period,start,end,jobSeekers,vacancies,vacanciesPer100JobSeekers,complete}.
     */
    public Answer labourMarket(int year, Integer month, Area area, Instant asOf, Representation representation, boolean excel) {
        FigureSnapshot snapshot = figures.read(asOf, year, year, area);
        LabourMarketStatistics statistics = this.statistics.labourMarket(snapshot, year, month);
        if (representation == Representation.JSON) {
            return json(statistics, snapshot);
        }
        CsvTable table = new CsvTable(List.of("period", "start", "end", "jobSeekers", "vacancies", "vacanciesPer100JobSeekers",
                "complete"));
        for (LabourMarketStatistics.MonthFigures row : statistics.months()) {
            Period period = Period.month(year, row.month());
            table.row(period.id(), period.start(), period.end(), row.jobSeekers(), row.vacancies(),
                    row.vacanciesPer100JobSeekers(), row.complete());
        }
        Period whole = Period.year(year);
        LabourMarketStatistics.Figures total = statistics.yearTotal();
        table.row(whole.id(), whole.start(), whole.end(), total.jobSeekers(), total.vacancies(),
                total.vacanciesPer100JobSeekers(), total.complete());
        return csv(table, excel, snapshot, "karirhub-labour-market-" + year + (month == null ? "" : String.format("-%02d", month))
                + fileRegion(area) + ".csv");
    }

    /** The headline figures (JSON only: a home page reads them). */
    public Answer headline(Integer year, Area area, Instant asOf) {
        FigureSnapshot snapshot = figures.read(asOf, year != null ? year : Period.FIRST_YEAR,
                year != null ? year : Period.LAST_YEAR, area);
        return json(statistics.headline(snapshot, year), snapshot);
    }

    /** The latest figures of an indicator; the CSV is one row with the JSON's fields as columns. */
    public Answer latest(Indicator indicator, Integer year, Area area, Instant asOf, Representation representation,
            boolean excel) {
        FigureSnapshot snapshot = figures.read(asOf, year != null ? year : Period.FIRST_YEAR,
                year != null ? year : Period.LAST_YEAR, area);
        LatestFigures latest = statistics.latest(snapshot, indicator, year);
        if (representation == Representation.JSON) {
            return json(latest, snapshot);
        }
        CsvTable table = new CsvTable(List.of("indicator", "year", "latestPeriod", "latestPeriodStart", "latestPeriodEnd",
                "elapsedWeeks", "yearToDate", "complete", "target", "achievementPercent", "proRataTarget", "projectedYearEnd",
                "dataVersion", "region"));
        table.row(latest.indicator(), latest.year(), latest.latestPeriod(), latest.latestPeriodStart(), latest.latestPeriodEnd(),
                latest.elapsedWeeks(), latest.yearToDate(), latest.complete(), latest.target(), latest.achievementPercent(),
                latest.proRataTarget(), latest.projectedYearEnd(), latest.dataVersion(), latest.region());
        return csv(table, excel, snapshot, "karirhub-" + fileId(indicator) + "-latest" + (year == null ? "" : "-" + year)
                + fileRegion(area) + ".csv");
    }

    /** The regions of an answer as they appear in file names: {@code -32.73} or {@code -32-33}; nothing for the nation. */
    public static String fileRegion(Area area) {
        return area.national() ? "" : "-" + String.join("-", area.regions());
    }

    /** An indicator as it appears in file names: facilitated-workers. */
    public static String fileId(Enum<?> code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Answer json(Object value, FigureSnapshot snapshot) {
        return Answer.json(json, value, snapshot.version(), snapshot.latest());
    }

    private static Answer csv(CsvTable table, boolean excel, FigureSnapshot snapshot, String fileName) {
        return new Answer(table.render(excel), snapshot.version(), fileName, snapshot.latest());
    }
}
