package id.go.kemnaker.karirhub.stats.statistics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;
import id.go.kemnaker.karirhub.stats.formats.Representation;

/** Renders a register balance as JSON or CSV (the CSV conventions of {@link CsvTable}). */
@ApplicationScoped
public class RegisterBalanceRenderer {

    private final ObjectMapper json;

    RegisterBalanceRenderer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The CSV has one row per month: {@code period,opening,registered,placed,removed,closing,
     * closingFrom,balanced,difference,complete} ({@code filled} for vacancies), empty where unknown.
     */
    public Answer balance(Versioned<RegisterBalance> result, DimensionFilter filter, Representation representation, boolean excel) {
        RegisterBalance balance = result.value();
        if (representation == Representation.JSON) {
            return Answer.json(json, balance, result.version(), result.latest());
        }
        CsvTable table = new CsvTable(List.of("period", "opening", "registered", balance.categories().takenName(), "removed",
                "closing", "closingFrom", "balanced", "difference", "complete"));
        for (RegisterBalance.Month month : balance.months()) {
            table.row(month.period(), month.opening(), month.registered(), month.taken(), month.removed(), month.closing(),
                    month.closingFrom(), month.balanced(), month.difference(), month.complete());
        }
        String name = "karirhub-register-balance-" + balance.registerId() + "-" + balance.year()
                + (balance.region() == null ? "" : "-" + balance.region().replace(',', '_')) + filter.fileSuffix() + ".csv";
        return new Answer(table.render(excel), result.version(), name, result.latest());
    }
}
