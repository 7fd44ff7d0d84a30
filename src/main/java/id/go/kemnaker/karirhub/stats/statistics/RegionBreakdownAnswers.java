package id.go.kemnaker.karirhub.stats.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.web.CsvTable;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.problem.ClientText;

/** Renders the answers region by region, as JSON or CSV (the CSV conventions of {@link CsvTable}). */
@ApplicationScoped
public class RegionBreakdownAnswers {

    private final RegionBreakdownService breakdowns;
    private final ObjectMapper json;

    RegionBreakdownAnswers(RegionBreakdownService breakdowns, ObjectMapper json) {
        this.breakdowns = breakdowns;
        this.json = json;
    }

    /**
     * IKK 5 or IKK 6 region by region. The CSV has one row per region,
     * {@code region,name,total,<the indicator's categories>,complete}, and a last row named
     * {@code unallocated} with the remainder in the total column, so that the column adds up to
     * the parent's figure.
     */
    public Answer breakdown(Indicator indicator, RegionBreakdownService.Scope scope, Instant asOf, Representation representation,
            boolean excel) {
        RegionalFigures read = breakdowns.read(scope, asOf);
        RegionBreakdown breakdown = breakdowns.breakdown(indicator, scope, read);
        if (representation == Representation.JSON) {
            return Answer.json(json, breakdown, read.version(), read.latest());
        }
        List<String> header = new ArrayList<>(List.of("region", "name", "total"));
        indicator.categories().forEach(category -> header.add(category.name()));
        header.add("complete");
        CsvTable table = new CsvTable(header);
        for (RegionBreakdown.Row row : breakdown.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.region(), row.name()));
            cells.add(row.total());
            for (Category category : indicator.categories()) {
                cells.add(row.byCategory().get(category));
            }
            cells.add(row.complete());
            table.row(cells.toArray());
        }
        Object[] remainder = new Object[header.size()];
        remainder[1] = "unallocated";
        remainder[2] = breakdown.unallocated();
        table.row(remainder);
        return new Answer(table.render(excel), read.version(), fileName(indicator, scope), read.latest());
    }

    /**
     * Whether a labour-market request asks for the rows by region: {@code by=region}; absent
     * means national. Any other {@code by}, a {@code level} without {@code by=region}, or
     * {@code region=} with it (the rows are every province), is a 400.
     */
    public static boolean byRegion(String by, String level, String region) {
        if (by == null || by.isBlank()) {
            if (level != null && !level.isBlank()) {
                throw new InvalidParameterException("level", "is only for by=region, got '" + ClientText.abbreviate(level)
                        + "' without it");
            }
            return false;
        }
        if (!"region".equalsIgnoreCase(by.strip())) {
            throw new InvalidParameterException("by", "must be region, got '" + ClientText.abbreviate(by) + "'");
        }
        if (region != null && !region.isBlank()) {
            throw new InvalidParameterException("region", "cannot be combined with by=region, whose rows are every province, got '"
                    + ClientText.abbreviate(region) + "'");
        }
        if (level != null && !level.isBlank() && !"province".equalsIgnoreCase(level.strip())) {
            throw new InvalidParameterException("level", "must be province with by=region (the table of provinces), got '"
                    + ClientText.abbreviate(level) + "'");
        }
        return true;
    }

    /**
     * Supply against demand with a row per province ({@link #byRegion} has checked the level). The CSV is the province table:
     * {@code region,name,jobSeekers,vacancies,vacanciesPer100JobSeekers,complete}.
     */
    public Answer labourMarket(int year, Integer month, Instant asOf, Representation representation, boolean excel) {
        RegionBreakdownService.Scope scope = breakdowns.scope(year, month, null, null);
        RegionalFigures read = breakdowns.read(scope, asOf);
        LabourMarketByRegion answer = breakdowns.labourMarket(scope, read);
        if (representation == Representation.JSON) {
            return Answer.json(json, answer, read.version(), read.latest());
        }
        CsvTable table = new CsvTable(List.of("region", "name", "jobSeekers", "vacancies", "vacanciesPer100JobSeekers", "complete"));
        for (LabourMarketByRegion.Row row : answer.rows()) {
            table.row(row.region(), row.name(), row.jobSeekers(), row.vacancies(), row.vacanciesPer100JobSeekers(), row.complete());
        }
        return new Answer(table.render(excel), read.version(), "karirhub-labour-market-" + year
                + (month == null ? "" : String.format("-%02d", month)) + "-by-province.csv", read.latest());
    }

    /** karirhub-facilitated-workers-2021-by-province.csv, karirhub-service-users-2021-03-by-regency-32.csv */
    private static String fileName(Indicator indicator, RegionBreakdownService.Scope scope) {
        return "karirhub-" + StatisticsAnswers.fileId(indicator) + "-" + scope.period().id() + "-by-"
                + scope.level().name().toLowerCase(Locale.ROOT) + (scope.parent() == null ? "" : "-" + scope.parent().code())
                + ".csv";
    }
}
