package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxCsv;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxDimensions;

/** Renders a breakdown along dimensions as JSON or CSV (the CSV conventions of {@link CsvTable}). */
@ApplicationScoped
public class DimensionBreakdownRenderer {

    private final ObjectMapper json;
    private final CodeListDirectory codeLists;

    DimensionBreakdownRenderer(ObjectMapper json, CodeListDirectory codeLists) {
        this.json = json;
        this.codeLists = codeLists;
    }

    /**
     * The CSV has a code and a name column per dimension ({@code sex,sexName,education,educationName}),
     * then {@code count,complete}, one row per cell, and a last row named {@code unallocated} with
     * the rest of the whole in the count column, so that the column adds up to the whole.
     */
    public Answer breakdown(Versioned<DimensionBreakdown> result, Representation representation, boolean excel) {
        DimensionBreakdown breakdown = result.value();
        if (representation == Representation.JSON) {
            return Answer.json(json, breakdown, result.version(), result.latest());
        }
        if (representation == Representation.SDMX_CSV) {
            return new Answer(sdmx(breakdown).render(excel), result.version(), fileName(breakdown).replace(".csv", ".sdmx.csv"),
                    result.latest());
        }
        List<String> header = new ArrayList<>();
        for (Dimension dimension : breakdown.by()) {
            header.add(dimension.parameter());
            header.add(dimension.parameter() + "Name");
        }
        header.add("count");
        header.add("complete");
        CsvTable table = new CsvTable(header);
        for (DimensionBreakdown.Row row : breakdown.cells()) {
            List<Object> cells = new ArrayList<>();
            for (Dimension dimension : breakdown.by()) {
                DimensionBreakdown.CodeName name = DimensionBreakdownService.nameOf(row, dimension);
                cells.add(name.code());
                cells.add(name.nameId());
            }
            cells.add(row.count());
            cells.add(row.complete());
            table.row(cells.toArray());
        }
        Object[] remainder = new Object[header.size()];
        remainder[1] = "unallocated";
        remainder[header.size() - 2] = breakdown.unallocated();
        table.row(remainder);
        return new Answer(table.render(excel), result.version(), fileName(breakdown), result.latest());
    }

    private SdmxCsv sdmx(DimensionBreakdown breakdown) {
        SdmxCsv message = new SdmxCsv(breakdown.region());
        addTo(message, breakdown);
        return message;
    }

    /**
     * A breakdown's observations in SDMX-CSV ({@link SdmxCsv}): the whole ({@code _T} along every
     * dimension), one observation per cell with its codes, and the unallocated rest ({@code _U}
     * along the dimensions broken down by).
     */
    void addTo(SdmxCsv message, DimensionBreakdown breakdown) {
        Period period = Period.of(breakdown.period()).orElseThrow();
        boolean provisional = breakdown.status() != null;
        message.part(breakdown.measure(), period, SdmxDimensions.TOTALS, breakdown.total(), breakdown.totalComplete(), provisional);
        for (DimensionBreakdown.Row row : breakdown.cells()) {
            message.part(breakdown.measure(), period, sdmxCodes(row, breakdown.by()), row.count(), row.complete(),
                    row.status() != null);
        }
        List<String> rest = new ArrayList<>(SdmxDimensions.TOTALS);
        breakdown.by().forEach(dimension -> rest.set(dimension.ordinal(), SdmxDimensions.UNALLOCATED));
        message.part(breakdown.measure(), period, rest, breakdown.unallocated(), breakdown.complete(), provisional);
    }

    /** The SDMX-CSV codes (SEX, AGE, EDU, OCU) of a cell of a breakdown along {@code by}. */
    List<String> sdmxCodes(DimensionBreakdown.Row row, List<Dimension> by) {
        List<String> codes = new ArrayList<>(SdmxDimensions.TOTALS);
        for (Dimension dimension : by) {
            String code = DimensionBreakdownService.nameOf(row, dimension).code();
            codes.set(dimension.ordinal(), SdmxDimensions.code(dimension, codeLists.list(dimension).code(code).orElseThrow()));
        }
        return codes;
    }

    /** karirhub-job-seeker-2021-03-by-sex-education.csv, karirhub-vacancy-2021-by-occupation-32.73.csv */
    private static String fileName(DimensionBreakdown breakdown) {
        StringBuilder name = new StringBuilder("karirhub-").append(breakdown.measure().name().toLowerCase(Locale.ROOT)
                .replace('_', '-')).append('-').append(breakdown.period()).append("-by");
        breakdown.by().forEach(dimension -> name.append('-').append(dimension.parameter()));
        if (breakdown.region() != null) {
            name.append('-').append(breakdown.region());
        }
        return name.append(".csv").toString();
    }
}
