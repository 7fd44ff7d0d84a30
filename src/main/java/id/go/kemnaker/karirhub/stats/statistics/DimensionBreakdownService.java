package id.go.kemnaker.karirhub.stats.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.dimensions.DimensionCode;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.figures.PartRepository;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/**
 * A category's count broken down along one or two dimensions ({@link DimensionBreakdown}): the
 * parts and the whole read at one data version ({@link PartRepository}), each part's period added
 * up as the whole's is ({@link FigureSnapshot#value}), and what the parts leave of the whole.
 */
@ApplicationScoped
public class DimensionBreakdownService {

    /**
     * What a breakdown is of: a measure in a week, month or year, nationally or in a region, along
     * one or two dimensions, current or as of a moment ({@code asOf}, null: now), on a basis
     * (official, live or best).
     */
    public record Scope(Category measure, Period period, String region, List<Dimension> by, Instant asOf, Basis basis) {

        /** The part of a request key that names the scope (the default basis, best, adds nothing). */
        String key() {
            return "measure=" + measure + "&period=" + period.id() + "&region=" + region + "&by="
                    + by.stream().map(Enum::name).collect(Collectors.joining(",")) + (asOf == null ? "" : "&asOf=" + asOf)
                    + StatisticsRequests.basisKey(basis);
        }
    }

    private final PartRepository parts;
    private final CodeListDirectory codeLists;
    private final RegionDirectory regions;

    DimensionBreakdownService(PartRepository parts, CodeListDirectory codeLists, RegionDirectory regions) {
        this.parts = parts;
        this.codeLists = codeLists;
        this.regions = regions;
    }

    /** The request's parameters as a scope, or a 400 naming the first bad one. */
    public Scope scope(String measure, String year, String month, String week, String region, String by, String asOf,
            String basis) {
        Category category = measure(measure);
        int y = RequestParameters.requiredYear(year);
        Integer m = RequestParameters.optionalMonth(month);
        if (week != null && m == null) {
            throw new InvalidParameterException("week", "needs a month: give month=1-12 with week=1-4");
        }
        Period period = m == null ? Period.year(y)
                : week == null ? Period.month(y, m) : Period.week(y, m, RequestParameters.requiredWeek(week));
        String code = RegionQuery.optionalCode("region", region, regions);
        if (code != null) {
            RegionQuery.requireExisted("region", List.of(code), regions, period.start(), period.end());
        }
        return new Scope(category, period, code, dimensions(by), RequestParameters.optionalInstant("asOf", asOf),
                Basis.parse(basis));
    }

    public Versioned<DimensionBreakdown> breakdown(Scope scope) {
        PartRepository.PartsRead read = parts.read(scope.measure(), scope.period(), scope.region(), scope.asOf(), scope.basis(),
                EnumSet.copyOf(scope.by()));
        Set<Category> measure = Set.of(scope.measure());
        PeriodValue total = read.whole().value(measure, scope.period());
        Set<Dimension> asked = EnumSet.copyOf(scope.by());
        Map<Breakdown, FigureSnapshot> table = tableOf(read.parts(), asked);
        Dimension summedOver = null;
        if (table.isEmpty() && asked.size() == 1) {
            for (Dimension other : Dimension.values()) {
                Set<Dimension> wider = EnumSet.copyOf(asked);
                wider.add(other);
                if (!asked.contains(other) && !tableOf(read.parts(), wider).isEmpty()) {
                    summedOver = other;
                    table = tableOf(read.parts(), wider);
                    break;
                }
            }
        }
        List<DimensionBreakdown.Row> rows = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        boolean allComplete = true;
        boolean provisional = total.provisional();
        for (Map<Dimension, DimensionCode> codes : combinations(scope.by())) {
            PeriodValue value = summedOver == null ? valueOf(table, codes, measure, scope.period())
                    : sumOver(table, codes, summedOver, measure, scope.period());
            rows.add(row(codes, value));
            provisional |= value.provisional();
            counts.add(value.value());
            allComplete &= value.value() == null || value.complete(); // a code not reported holds none of an accounted whole
        }
        Long allocated = sumOfReported(counts);
        Long unallocated = total.value() == null || allocated == null ? null : total.value() - allocated;
        boolean complete = total.complete() && allComplete && unallocated != null && unallocated == 0;
        List<DimensionBreakdown.Margin> margins = scope.by().size() < 2 ? List.of()
                : margins(scope, rows, tableOf(read.parts(), EnumSet.of(scope.by().get(0))),
                        tableOf(read.parts(), EnumSet.of(scope.by().get(1))));
        Period period = scope.period();
        DimensionBreakdown answer = new DimensionBreakdown(scope.measure(), period.year(),
                period.interval() == Interval.YEAR ? null : period.month(),
                period.interval() == Interval.WEEK ? period.weekOfMonth() : null, period.id(), scope.region(), scope.by(),
                summedOver, total.value(), total.complete(), allocated, unallocated, complete, rows, margins,
                read.whole().version().id(), provisional ? LabourMarketStatistics.PROVISIONAL : null);
        return Versioned.of(answer, read.whole());
    }

    /** The stored breakdowns that name exactly these dimensions. */
    private static Map<Breakdown, FigureSnapshot> tableOf(Map<Breakdown, FigureSnapshot> parts, Set<Dimension> dimensions) {
        Map<Breakdown, FigureSnapshot> table = new LinkedHashMap<>();
        parts.forEach((breakdown, snapshot) -> {
            if (breakdown.dimensions().equals(dimensions)) {
                table.put(breakdown, snapshot);
            }
        });
        return table;
    }

    private static PeriodValue valueOf(Map<Breakdown, FigureSnapshot> table, Map<Dimension, DimensionCode> codes,
            Set<Category> measure, Period period) {
        FigureSnapshot snapshot = table.get(breakdown(codes));
        return snapshot == null ? PeriodValue.NOT_REPORTED : snapshot.value(measure, period);
    }

    /** A code's count added up over every code of {@code over}: complete when each of those is. */
    private PeriodValue sumOver(Map<Breakdown, FigureSnapshot> table, Map<Dimension, DimensionCode> codes, Dimension over,
            Set<Category> measure, Period period) {
        List<Long> values = new ArrayList<>();
        boolean complete = true;
        boolean provisional = false;
        for (DimensionCode code : codeLists.list(over).levels()) {
            Map<Dimension, DimensionCode> wider = new LinkedHashMap<>(codes);
            wider.put(over, code);
            PeriodValue value = valueOf(table, wider, measure, period);
            values.add(value.value());
            complete &= value.complete();
            provisional |= value.provisional();
        }
        return new PeriodValue(sumOfReported(values), complete, provisional);
    }

    private List<DimensionBreakdown.Margin> margins(Scope scope, List<DimensionBreakdown.Row> rows,
            Map<Breakdown, FigureSnapshot> firstAlone, Map<Breakdown, FigureSnapshot> secondAlone) {
        List<DimensionBreakdown.Margin> margins = new ArrayList<>();
        Set<Category> measure = Set.of(scope.measure());
        for (int side = 0; side < 2; side++) {
            Dimension dimension = scope.by().get(side);
            Map<Breakdown, FigureSnapshot> alone = side == 0 ? firstAlone : secondAlone;
            for (DimensionCode code : codeLists.list(dimension).levels()) {
                List<Long> counts = new ArrayList<>();
                for (DimensionBreakdown.Row row : rows) {
                    if (codeOf(row, dimension).equals(code.code())) {
                        counts.add(row.count());
                    }
                }
                Long count = sumOfReported(counts);
                Long reported = valueOf(alone, Map.of(dimension, code), measure, scope.period()).value();
                margins.add(new DimensionBreakdown.Margin(dimension, code.code(), code.nameId(), code.nameEn(), count, reported,
                        count == null || reported == null ? null : reported - count));
            }
        }
        return margins;
    }

    /** Every combination of the codes a count is stored under, the first dimension's codes outermost. */
    private List<Map<Dimension, DimensionCode>> combinations(List<Dimension> by) {
        List<Map<Dimension, DimensionCode>> combinations = new ArrayList<>(List.of(new LinkedHashMap<>()));
        for (Dimension dimension : by) {
            List<Map<Dimension, DimensionCode>> wider = new ArrayList<>();
            for (Map<Dimension, DimensionCode> combination : combinations) {
                for (DimensionCode code : codeLists.list(dimension).levels()) {
                    Map<Dimension, DimensionCode> next = new LinkedHashMap<>(combination);
                    next.put(dimension, code);
                    wider.add(next);
                }
            }
            combinations = wider;
        }
        return combinations;
    }

    private static Breakdown breakdown(Map<Dimension, DimensionCode> codes) {
        Map<Dimension, String> plain = new LinkedHashMap<>();
        codes.forEach((dimension, code) -> plain.put(dimension, code.code()));
        return Breakdown.of(plain);
    }

    private static DimensionBreakdown.Row row(Map<Dimension, DimensionCode> codes, PeriodValue value) {
        return new DimensionBreakdown.Row(name(codes.get(Dimension.SEX)), name(codes.get(Dimension.AGE_GROUP)),
                name(codes.get(Dimension.EDUCATION)), name(codes.get(Dimension.OCCUPATION)), value.value(), value.complete(),
                value.status());
    }

    private static DimensionBreakdown.CodeName name(DimensionCode code) {
        return code == null ? null : new DimensionBreakdown.CodeName(code.code(), code.nameId(), code.nameEn());
    }

    static String codeOf(DimensionBreakdown.Row row, Dimension dimension) {
        DimensionBreakdown.CodeName name = switch (dimension) {
            case SEX -> row.sex();
            case AGE_GROUP -> row.ageGroup();
            case EDUCATION -> row.education();
            case OCCUPATION -> row.occupation();
        };
        return name == null ? null : name.code();
    }

    static DimensionBreakdown.CodeName nameOf(DimensionBreakdown.Row row, Dimension dimension) {
        return switch (dimension) {
            case SEX -> row.sex();
            case AGE_GROUP -> row.ageGroup();
            case EDUCATION -> row.education();
            case OCCUPATION -> row.occupation();
        };
    }

    private static Long sumOfReported(List<Long> values) {
        Long sum = null;
        for (Long value : values) {
            if (value != null) {
                sum = sum == null ? value : sum + value;
            }
        }
        return sum;
    }

    private static Category measure(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("measure", "is required: one of " + names(Category.values()));
        }
        try {
            return Category.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("measure", "must be one of " + names(Category.values()) + ", got '"
                    + ClientText.abbreviate(raw) + "'");
        }
    }

    /** {@code sex}, {@code education,sex}: one or two dimensions by parameter name or code-list id, each once. */
    private static List<Dimension> dimensions(String raw) {
        String expected = "one or two of " + Arrays.stream(Dimension.values()).map(Dimension::parameter)
                .collect(Collectors.joining(", ")) + ", comma separated";
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("by", "is required: " + expected);
        }
        List<Dimension> by = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String name = part.trim();
            Dimension dimension = Arrays.stream(Dimension.values())
                    .filter(d -> d.parameter().equalsIgnoreCase(name) || d.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("by", "names '" + ClientText.abbreviate(name)
                            + "', which is no dimension; expected " + expected));
            if (by.contains(dimension)) {
                throw new InvalidParameterException("by", "names " + dimension.parameter() + " twice; expected " + expected);
            }
            by.add(dimension);
        }
        if (by.size() > Breakdown.MAX_DIMENSIONS) {
            throw new InvalidParameterException("by", "names " + by.size() + " dimensions; expected " + expected);
        }
        return List.copyOf(by);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
