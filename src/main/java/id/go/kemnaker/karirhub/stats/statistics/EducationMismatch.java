package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Supply against demand by education in one period and place: for each education level (the
 * codes of EDUCATION with no codes below them), the job seekers registered and remaining, the
 * vacancies registered and remaining, and vacancies per 100 job seekers of each kind. Each figure
 * is a part of its category's count along education ({@link DimensionBreakdown}), so the levels
 * may add up to less than the whole: {@code unallocated} holds the rest and {@code total} the
 * whole, in the same columns.
 */
@Schema(name = "EducationMismatch")
public record EducationMismatch(int year, Integer month, String period, String region, List<Level> levels, Level unallocated,
        Level total, long dataVersion) {

    /**
     * One education level, or the rest, or the whole: every count null where it was not reported.
     *
     * @param vacanciesPer100JobSeekers vacancies ÷ job seekers × 100 (registered in the period),
     *        HALF_UP to 2 decimals; null when either is not reported or there are no job seekers
     * @param remainingVacanciesPer100JobSeekers the same of what remains at the period's end
     */
    @Schema(name = "EducationMismatchLevel")
    public record Level(String education, String nameId, String nameEn, Long jobSeekers, Long jobSeekersRemaining,
            Long vacancies, Long vacanciesRemaining, BigDecimal vacanciesPer100JobSeekers,
            BigDecimal remainingVacanciesPer100JobSeekers) {

        static Level of(String education, String nameId, String nameEn, Long jobSeekers, Long jobSeekersRemaining,
                Long vacancies, Long vacanciesRemaining) {
            return new Level(education, nameId, nameEn, jobSeekers, jobSeekersRemaining, vacancies, vacanciesRemaining,
                    LabourMarketStatistics.per100(vacancies, jobSeekers),
                    LabourMarketStatistics.per100(vacanciesRemaining, jobSeekersRemaining));
        }
    }
}
