package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxCsv;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxDimensions;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxStructure;

/** Renders the education mismatch as JSON, CSV (the CSV conventions of {@link CsvTable}) or SDMX-CSV. */
@ApplicationScoped
public class EducationMismatchRenderer {

    private final ObjectMapper json;
    private final DimensionBreakdownRenderer breakdowns;

    EducationMismatchRenderer(ObjectMapper json, DimensionBreakdownRenderer breakdowns) {
        this.json = json;
        this.breakdowns = breakdowns;
    }

    /**
     * The CSV has one row per level ({@code education,educationName,jobSeekers,jobSeekersRemaining,
     * vacancies,vacanciesRemaining,vacanciesPer100JobSeekers,remainingVacanciesPer100JobSeekers}),
     * then a row named {@code unallocated} and one named {@code total}, so that each count column
     * adds up to its total.
     */
    public Answer mismatch(Versioned<EducationMismatchService.Reading> result, Representation representation, boolean excel) {
        EducationMismatch mismatch = result.value().table();
        if (representation == Representation.JSON) {
            return Answer.json(json, mismatch, result.version(), result.latest());
        }
        String name = "karirhub-education-mismatch-" + mismatch.period() + (mismatch.region() == null ? "" : "-" + mismatch.region())
                + ".csv";
        if (representation == Representation.SDMX_CSV) {
            return new Answer(sdmx(result.value()).render(excel), result.version(), name.replace(".csv", ".sdmx.csv"),
                    result.latest());
        }
        CsvTable table = new CsvTable(List.of("education", "educationName", "jobSeekers", "jobSeekersRemaining", "vacancies",
                "vacanciesRemaining", "vacanciesPer100JobSeekers", "remainingVacanciesPer100JobSeekers"));
        List<EducationMismatch.Level> rows = new ArrayList<>(mismatch.levels());
        rows.add(mismatch.unallocated());
        rows.add(mismatch.total());
        for (EducationMismatch.Level level : rows) {
            String levelName = level == mismatch.unallocated() ? "unallocated" : level == mismatch.total() ? "total" : level.nameId();
            table.row(level.education(), levelName, level.jobSeekers(), level.jobSeekersRemaining(), level.vacancies(),
                    level.vacanciesRemaining(), level.vacanciesPer100JobSeekers(), level.remainingVacanciesPer100JobSeekers());
        }
        return new Answer(table.render(excel), result.version(), name, result.latest());
    }

    /**
     * SDMX-CSV: each of the four breakdowns by education as the breakdown itself writes it
     * (CATEGORY the measure, INDICATOR {@code _Z}: the whole at EDU {@code _T}, each level, the rest
     * at {@code _U}), then the two ratios per 100 (INDICATOR {@link SdmxStructure#VACANCY_RATIO} of
     * the registered, {@link SdmxStructure#REMAINING_VACANCY_RATIO} of what remains; CATEGORY
     * {@code _Z}) of the whole, each level and the rest, the values of the JSON table. A ratio is
     * complete where both of its counts are, provisional where either is.
     */
    private SdmxCsv sdmx(EducationMismatchService.Reading reading) {
        EducationMismatch table = reading.table();
        SdmxCsv message = new SdmxCsv(table.region());
        reading.breakdowns().forEach(breakdown -> breakdowns.addTo(message, breakdown));
        Period period = Period.of(table.period()).orElseThrow();
        ratios(message, period, reading, SdmxStructure.VACANCY_RATIO, Category.VACANCY, Category.JOB_SEEKER,
                EducationMismatch.Level::vacanciesPer100JobSeekers);
        ratios(message, period, reading, SdmxStructure.REMAINING_VACANCY_RATIO, Category.VACANCIES_REMAINING,
                Category.JOB_SEEKERS_REMAINING, EducationMismatch.Level::remainingVacanciesPer100JobSeekers);
        return message;
    }

    private void ratios(SdmxCsv message, Period period, EducationMismatchService.Reading reading, String ratio,
            Category numerator, Category denominator, Function<EducationMismatch.Level, BigDecimal> value) {
        EducationMismatch table = reading.table();
        DimensionBreakdown top = reading.breakdown(numerator);
        DimensionBreakdown bottom = reading.breakdown(denominator);
        boolean provisional = top.status() != null || bottom.status() != null;
        message.ratio(ratio, period, SdmxDimensions.TOTALS, value.apply(table.total()), top.totalComplete() && bottom.totalComplete(),
                provisional);
        for (int i = 0; i < table.levels().size(); i++) {
            DimensionBreakdown.Row over = top.cells().get(i);
            DimensionBreakdown.Row under = bottom.cells().get(i);
            message.ratio(ratio, period, breakdowns.sdmxCodes(over, top.by()), value.apply(table.levels().get(i)),
                    over.complete() && under.complete(), over.status() != null || under.status() != null);
        }
        List<String> rest = new ArrayList<>(SdmxDimensions.TOTALS);
        rest.set(Dimension.EDUCATION.ordinal(), SdmxDimensions.UNALLOCATED);
        message.ratio(ratio, period, rest, value.apply(table.unallocated()), top.complete() && bottom.complete(), provisional);
    }
}
