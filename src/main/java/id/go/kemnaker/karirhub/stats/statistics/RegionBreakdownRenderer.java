package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;
import id.go.kemnaker.karirhub.stats.formats.Representation;

/** Renders the answers region by region, as JSON or CSV (the CSV conventions of {@link CsvTable}). */
@ApplicationScoped
public class RegionBreakdownRenderer {

    private final ObjectMapper json;

    RegionBreakdownRenderer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * IKK 5 or IKK 6 region by region. The CSV has one row per region,
     * {@code region,name,total,<the indicator's categories>,complete}, and a last row named
     * {@code unallocated} with the remainder in the total column, so that the column adds up to
     * the parent's figure.
     */
    public Answer breakdown(Versioned<RegionBreakdown> result, RegionBreakdownService.Scope scope, DimensionFilter filter,
            Representation representation, boolean excel) {
        RegionBreakdown breakdown = result.value();
        Indicator indicator = breakdown.indicator();
        if (representation == Representation.JSON) {
            return Answer.json(json, breakdown, result.version(), result.latest());
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
        return new Answer(table.render(excel), result.version(), fileName(indicator, scope, filter), result.latest());
    }

    /**
     * Supply against demand with a row per province ({@link #byRegion} has checked the level). The CSV is the province table:
     * {@code region,name,jobSeekers,vacancies,vacanciesPer100JobSeekers,complete}.
     */
    public Answer labourMarket(Versioned<LabourMarketByRegion> result, Integer month, DimensionFilter filter,
            Representation representation, boolean excel) {
        LabourMarketByRegion answer = result.value();
        if (representation == Representation.JSON) {
            return Answer.json(json, answer, result.version(), result.latest());
        }
        CsvTable table = new CsvTable(List.of("region", "name", "jobSeekers", "vacancies", "vacanciesPer100JobSeekers", "complete"));
        for (LabourMarketByRegion.Row row : answer.rows()) {
            table.row(row.region(), row.name(), row.jobSeekers(), row.vacancies(), row.vacanciesPer100JobSeekers(), row.complete());
        }
        return new Answer(table.render(excel), result.version(), "karirhub-labour-market-" + answer.year()
                + (month == null ? "" : String.format("-%02d", month)) + "-by-province" + filter.fileSuffix() + ".csv", result.latest());
    }

    /** karirhub-facilitated-workers-2021-by-province.csv, karirhub-service-users-2021-03-by-regency-32-sex-P.csv */
    private static String fileName(Indicator indicator, RegionBreakdownService.Scope scope, DimensionFilter filter) {
        return "karirhub-" + StatisticsRenderer.fileId(indicator) + "-" + scope.period().id() + "-by-"
                + scope.level().name().toLowerCase(Locale.ROOT) + (scope.parent() == null ? "" : "-" + scope.parent().code())
                + filter.fileSuffix() + ".csv";
    }
}
