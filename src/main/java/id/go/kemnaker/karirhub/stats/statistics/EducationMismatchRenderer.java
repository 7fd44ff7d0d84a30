package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;
import id.go.kemnaker.karirhub.stats.formats.Representation;

/** Renders the education mismatch as JSON or CSV (the CSV conventions of {@link CsvTable}). */
@ApplicationScoped
public class EducationMismatchRenderer {

    private final ObjectMapper json;

    EducationMismatchRenderer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The CSV has one row per level ({@code education,educationName,jobSeekers,jobSeekersRemaining,
     * vacancies,vacanciesRemaining,vacanciesPer100JobSeekers,remainingVacanciesPer100JobSeekers}),
     * then a row named {@code unallocated} and one named {@code total}, so that each count column
     * adds up to its total.
     */
    public Answer mismatch(Versioned<EducationMismatch> result, Representation representation, boolean excel) {
        EducationMismatch mismatch = result.value();
        if (representation == Representation.JSON) {
            return Answer.json(json, mismatch, result.version(), result.latest());
        }
        CsvTable table = new CsvTable(List.of("education", "educationName", "jobSeekers", "jobSeekersRemaining", "vacancies",
                "vacanciesRemaining", "vacanciesPer100JobSeekers", "remainingVacanciesPer100JobSeekers"));
        List<EducationMismatch.Level> rows = new ArrayList<>(mismatch.levels());
        rows.add(mismatch.unallocated());
        rows.add(mismatch.total());
        for (EducationMismatch.Level level : rows) {
            String name = level == mismatch.unallocated() ? "unallocated" : level == mismatch.total() ? "total" : level.nameId();
            table.row(level.education(), name, level.jobSeekers(), level.jobSeekersRemaining(), level.vacancies(),
                    level.vacanciesRemaining(), level.vacanciesPer100JobSeekers(), level.remainingVacanciesPer100JobSeekers());
        }
        String name = "karirhub-education-mismatch-" + mismatch.period() + (mismatch.region() == null ? "" : "-" + mismatch.region())
                + ".csv";
        return new Answer(table.render(excel), result.version(), name, result.latest());
    }
}
