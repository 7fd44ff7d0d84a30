package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.regions.RegionLevel;

/**
 * Supply against demand in a year: active job seekers (JOB_SEEKER) and job vacancies (VACANCY)
 * per month, and how many vacancies there are for every 100 job seekers. National figures have
 * {@code region} null; the field is there so that a regional answer keeps the same shape.
 *
 * <p>Its schema is also the one of {@link LabourMarketByRegion} (by=region), which adds
 * {@code level} and {@code rows}: one shape, so that a generated client reads either answer into
 * one type (with {@code anyOf} of two shapes it could not tell them apart).
 */
@Schema(name = "LabourMarketStatistics",
        description = "Supply (active job seekers) against demand (job vacancies) in a year, per month and for the year; "
                + "with by=region also one row per province (level and rows, absent otherwise).",
        properties = {
            @SchemaProperty(name = "level", implementation = RegionLevel.class,
                    description = "Only with by=region: the level of the rows, province"),
            @SchemaProperty(name = "rows", type = SchemaType.ARRAY, implementation = LabourMarketByRegion.Row.class,
                    description = "Only with by=region: one row per province that existed in the period, by code; over "
                            + "the month when month is given, else over the year") })
public record LabourMarketStatistics(
        @Schema(example = "2021") int year,
        @Schema(nullable = true, example = "32", description = "The region the figures cover; null: the whole country")
        String region,
        @Schema(description = "The whole year (all 12 months, whatever month was asked for)") Figures yearTotal,
        @Schema(description = "The 12 months, January first; only the month asked for when month is given")
        List<MonthFigures> months,
        @Schema(example = "93", description = "The data version (last audit entry id) these figures reflect") long dataVersion) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Schema(name = "LabourMarketFigures")
    public record Figures(
            @Schema(nullable = true, example = "1040746", description = "Active job seekers reported; null when not reported")
            Long jobSeekers,
            @Schema(nullable = true, example = "5051", description = "Job vacancies reported; null when not reported")
            Long vacancies,
            @Schema(nullable = true, example = "0.49",
                    description = "vacancies ÷ jobSeekers × 100, HALF_UP to 2 decimals; null when either is not reported "
                            + "or there are no job seekers")
            BigDecimal vacanciesPer100JobSeekers,
            @Schema(example = "false", description = "true when both sides reported every week (or the month total) of the period")
            boolean complete) {

        static Figures of(PeriodValue jobSeekers, PeriodValue vacancies) {
            return new Figures(jobSeekers.value(), vacancies.value(), per100(vacancies.value(), jobSeekers.value()),
                    jobSeekers.complete() && vacancies.complete());
        }
    }

    @Schema(name = "LabourMarketMonth")
    public record MonthFigures(
            @Schema(minimum = "1", maximum = "12", example = "10") int month,
            @Schema(nullable = true, example = "426259") Long jobSeekers,
            @Schema(nullable = true, example = "1885") Long vacancies,
            @Schema(nullable = true, example = "0.44") BigDecimal vacanciesPer100JobSeekers,
            @Schema(example = "false") boolean complete) {

        static MonthFigures of(int month, Figures figures) {
            return new MonthFigures(month, figures.jobSeekers(), figures.vacancies(), figures.vacanciesPer100JobSeekers(),
                    figures.complete());
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
