package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * The education mismatch ({@link EducationMismatch}): four breakdowns by education, of registered
 * and remaining job seekers and vacancies, each as {@link DimensionBreakdownService} makes it,
 * read again until all four name one data version.
 */
@ApplicationScoped
public class EducationMismatchService {

    private static final List<Category> MEASURES = List.of(Category.JOB_SEEKER, Category.JOB_SEEKERS_REMAINING,
            Category.VACANCY, Category.VACANCIES_REMAINING);
    /** How often the four reads are repeated when a write commits between them. */
    private static final int ATTEMPTS = 5;

    /** Whose mismatch: a year or a month, nationally or in a region. */
    public record Scope(Period period, String region) {

        String key() {
            return "period=" + period.id() + "&region=" + region;
        }
    }

    /**
     * The table and the four breakdowns it was made of, in the order of {@link #MEASURES}: JSON and
     * CSV render the table; SDMX-CSV the breakdowns' own observations beside the table's ratios.
     */
    public record Reading(EducationMismatch table, List<DimensionBreakdown> breakdowns) {

        public Reading {
            breakdowns = List.copyOf(breakdowns);
        }

        public DimensionBreakdown breakdown(Category measure) {
            return breakdowns.get(MEASURES.indexOf(measure));
        }
    }

    private final DimensionBreakdownService breakdowns;

    EducationMismatchService(DimensionBreakdownService breakdowns) {
        this.breakdowns = breakdowns;
    }

    /** The request's parameters as a scope, or a 400 naming the first bad one (as a breakdown names them). */
    public Scope scope(String year, String month, String region) {
        DimensionBreakdownService.Scope scope = breakdowns.scope(Category.JOB_SEEKER.name(), year, month, null, region, "education", null, "official");
        return new Scope(scope.period(), scope.region());
    }

    public Versioned<Reading> mismatch(Scope scope) {
        Map<Category, Versioned<DimensionBreakdown>> read = new EnumMap<>(Category.class);
        for (int attempt = 1; ; attempt++) {
            read.clear();
            for (Category measure : MEASURES) {
                read.put(measure, breakdowns.breakdown(new DimensionBreakdownService.Scope(measure, scope.period(), scope.region(),
                        List.of(Dimension.EDUCATION), null, Basis.OFFICIAL)));
            }
            if (read.values().stream().map(Versioned::version).distinct().count() == 1 || attempt == ATTEMPTS) {
                break;
            }
        }
        List<DimensionBreakdown> parts = MEASURES.stream().map(measure -> read.get(measure).value()).toList();
        List<EducationMismatch.Level> levels = new ArrayList<>();
        for (int i = 0; i < parts.get(0).cells().size(); i++) {
            DimensionBreakdown.CodeName education = parts.get(0).cells().get(i).education();
            int level = i;
            List<Long> counts = parts.stream().map(part -> part.cells().get(level).count()).toList();
            levels.add(EducationMismatch.Level.of(education.code(), education.nameId(), education.nameEn(), counts.get(0),
                    counts.get(1), counts.get(2), counts.get(3)));
        }
        EducationMismatch.Level unallocated = EducationMismatch.Level.of(null, "Tidak teralokasi", "Unallocated",
                parts.get(0).unallocated(), parts.get(1).unallocated(), parts.get(2).unallocated(), parts.get(3).unallocated());
        EducationMismatch.Level total = EducationMismatch.Level.of(null, "Jumlah", "Total", parts.get(0).total(),
                parts.get(1).total(), parts.get(2).total(), parts.get(3).total());
        Period period = scope.period();
        Versioned<DimensionBreakdown> first = read.get(Category.JOB_SEEKER);
        EducationMismatch table = new EducationMismatch(period.year(), period.interval() == Interval.YEAR ? null : period.month(),
                period.id(), scope.region(), levels, unallocated, total, first.value().dataVersion());
        return new Versioned<>(new Reading(table, parts), first.version(), first.latest());
    }
}
