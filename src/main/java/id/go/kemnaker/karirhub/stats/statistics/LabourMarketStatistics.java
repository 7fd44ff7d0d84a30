package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.figures.PeriodValue;

/**
 * Supply against demand in a year: active job seekers (JOB_SEEKER) and job vacancies (VACANCY)
 * per month, and how many vacancies there are for every 100 job seekers. National figures have
 * {@code region} null; the field is there so that a regional answer keeps the same shape.
 *
 * <p>Its schema is also the one of {@link LabourMarketByRegion} (by=region), which adds
 * {@code level} and {@code rows} (META-INF/openapi.yaml lists them in the schema): one shape, so
 * that a generated client reads either answer into one type (with {@code anyOf} of two shapes it
 * could not tell them apart).
 */
@Schema(name = "LabourMarketStatistics")
public record LabourMarketStatistics(int year, String region, Figures yearTotal, List<MonthFigures> months, long dataVersion) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The status of a value a live figure is part of ({@link id.go.kemnaker.karirhub.stats.figures.Basis}). */
    static final String PROVISIONAL = "provisional";

    @Schema(name = "LabourMarketFigures")
    public record Figures(Long jobSeekers, Long vacancies, BigDecimal vacanciesPer100JobSeekers, boolean complete,
            @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

        static Figures of(PeriodValue jobSeekers, PeriodValue vacancies) {
            return new Figures(jobSeekers.value(), vacancies.value(), per100(vacancies.value(), jobSeekers.value()),
                    jobSeekers.complete() && vacancies.complete(),
                    jobSeekers.provisional() || vacancies.provisional() ? PROVISIONAL : null);
        }
    }

    @Schema(name = "LabourMarketMonth")
    public record MonthFigures(int month, Long jobSeekers, Long vacancies, BigDecimal vacanciesPer100JobSeekers,
            boolean complete, @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

        static MonthFigures of(int month, Figures figures) {
            return new MonthFigures(month, figures.jobSeekers(), figures.vacancies(), figures.vacanciesPer100JobSeekers(),
                    figures.complete(), figures.status());
        }
    }

    /**
     * Vacancies per 100 job seekers: {@code vacancies × 100 ÷ jobSeekers}, HALF_UP to 2 decimals;
     * null when either is unknown or there are no job seekers (never a division by zero).
     */
    public static BigDecimal per100(Long vacancies, Long jobSeekers) {
        if (vacancies == null || jobSeekers == null || jobSeekers == 0) {
            return null;
        }
        return BigDecimal.valueOf(vacancies).multiply(HUNDRED).divide(BigDecimal.valueOf(jobSeekers), 2, RoundingMode.HALF_UP);
    }
}
