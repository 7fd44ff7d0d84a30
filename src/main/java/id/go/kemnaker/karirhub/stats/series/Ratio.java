package id.go.kemnaker.karirhub.stats.series;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.kemnaker.karirhub.stats.categories.Category;

/**
 * A series that divides one sum of counts by another, per period: the ratio of the period's
 * sums (never a sum or an average of smaller periods' ratios). It is not one of the seven IKK,
 * so it lives here, beside the series that show it.
 */
enum Ratio {

    /** Job vacancies for every 100 active job seekers: demand against supply. */
    VACANCIES_PER_100_JOB_SEEKERS("Job vacancies per 100 active job seekers", Category.VACANCY, Category.JOB_SEEKER),
    /** Placement rate (IPK): job seekers placed for every 100 registered in the period. */
    PLACEMENT_RATE("Job seekers placed per 100 registered (placement rate)", Category.JOB_SEEKER_PLACED, Category.JOB_SEEKER),
    /** Fill rate (IPK): vacancies filled for every 100 registered in the period. */
    VACANCY_FILL_RATE("Vacancies filled per 100 registered (fill rate)", Category.VACANCY_FILLED, Category.VACANCY);

    private final String nameEn;
    private final Category numerator;
    private final Category denominator;

    Ratio(String nameEn, Category numerator, Category denominator) {
        this.nameEn = nameEn;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    String nameEn() {
        return nameEn;
    }

    Category numerator() {
        return numerator;
    }

    Category denominator() {
        return denominator;
    }

    /** Both sides: what the series reads. */
    Set<Category> categories() {
        return EnumSet.of(numerator, denominator);
    }

    /** The ratio with this code, or null. */
    static Ratio named(String code) {
        return Arrays.stream(values()).filter(ratio -> ratio.name().equals(code.trim())).findFirst().orElse(null);
    }

    static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
