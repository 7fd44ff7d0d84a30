package id.go.kemnaker.karirhub.stats.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.figures.FigureQuery;
import id.go.kemnaker.karirhub.stats.figures.FigureRead;
import id.go.kemnaker.karirhub.stats.figures.PartRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionEntry;
import id.go.kemnaker.karirhub.stats.regions.RegionLevel;
import id.go.kemnaker.karirhub.stats.problem.ClientText;

/**
 * Figures region by region: the rows of a breakdown (provinces, or the regencies of a province)
 * and their parent, read in one statement ({@link FigureRepository}, member by member at the
 * grain of months; with a dimension filter, {@link PartRepository}) so that the rows and the
 * parent's total come from one snapshot and the remainder between them is exact.
 */
@ApplicationScoped
public class RegionBreakdownService {

    /**
     * What a breakdown covers: the period, the level of its rows and the province they belong to
     * (null for provinces), and the regions that existed on at least one day of the period.
     */
    public record Scope(Period period, RegionLevel level, RegionEntry parent, List<RegionEntry> rows) {

        /** The part of a request key that names the scope: {@code year=2021&month=null&level=province&parent=null}. */
        public String key() {
            return "year=" + period.year() + "&month=" + month() + "&level=" + level.parameter() + "&parent=" + parentCode();
        }

        Integer month() {
            return period.interval() == Interval.YEAR ? null : period.month();
        }

        /** The area read: the parent (the nation for provinces) and every row. */
        Area area() {
            List<String> codes = rows.stream().map(RegionEntry::code).toList();
            if (parent == null) {
                return Area.nationAnd(codes);
            }
            List<String> members = new ArrayList<>(codes.size() + 1);
            members.add(parent.code());
            members.addAll(codes);
            return Area.of(members);
        }

        /** The parent's code in the area: null for the nation. */
        String parentCode() {
            return parent == null ? null : parent.code();
        }
    }

    private final FigureRepository figures;
    private final PartRepository parts;
    private final RegionDirectory regions;
    private final StatisticsService statistics;
    private final CodeListDirectory codeLists;

    RegionBreakdownService(FigureRepository figures, PartRepository parts, RegionDirectory regions, StatisticsService statistics,
            CodeListDirectory codeLists) {
        this.figures = figures;
        this.parts = parts;
        this.regions = regions;
        this.statistics = statistics;
        this.codeLists = codeLists;
    }

    /**
     * The figures of the scope's members, each by its code (null: the nation), of {@code categories}
     * as of {@code asOf} (null: now) on {@code basis}: the whole's, read at the grain of months, or
     * with a dimension filter, the parts it names ({@link PartRepository#filtered}), each province's
     * being its own or, where it stored none, its regencies' added up.
     */
    private Members read(Scope scope, Set<Category> categories, Instant asOf, Basis basis, DimensionFilter filter) {
        int year = scope.period().year();
        if (filter.isEmpty()) {
            FigureRead read = figures.read(FigureQuery.members(scope.area(), year, year, asOf).byMonth().on(basis));
            return new Members(read::member, read.version(), read.latest());
        }
        Map<String, FigureSnapshot> members = parts.filtered(categories, scope.period(), scope.area(), asOf, basis,
                filter.leaves(codeLists));
        FigureSnapshot parent = members.get(scope.parentCode());
        return new Members(members::get, parent.version(), parent.latest());
    }

    /** The figures of a scope's members, by code, read at one data version. */
    private record Members(Function<String, FigureSnapshot> member, DataVersion version, DataVersion latest) {

        <T> Versioned<T> versioned(T value) {
            return new Versioned<>(value, version, latest);
        }
    }

    /**
     * The scope of {@code level} (default province) and {@code parent} in the year or month, or a
     * 400 naming the parameter: {@code parent} is required for regencies, refused for provinces,
     * and must be a province code that existed in the period.
     */
    public Scope scope(int year, Integer month, String level, String parent) {
        Period period = month == null ? Period.year(year) : Period.month(year, month);
        RegionLevel rowLevel = level(level);
        boolean parentGiven = parent != null && !parent.isBlank();
        if (rowLevel == RegionLevel.PROVINCE) {
            if (parentGiven) {
                throw new InvalidParameterException("parent", "is only for level=regency (the provinces' parent is the nation), "
                        + "got '" + ClientText.abbreviate(parent) + "'");
            }
            return new Scope(period, rowLevel, null, regions.during(RegionLevel.PROVINCE, null, period.start(), period.end()));
        }
        if (!parentGiven) {
            throw new InvalidParameterException("parent", "is required with level=regency: the Kemendagri code of a province, "
                    + "such as 32");
        }
        RegionEntry province = RegionDirectory.canonicalCode(parent).flatMap(regions::find)
                .filter(entry -> entry.level() == RegionLevel.PROVINCE)
                .orElseThrow(() -> new InvalidParameterException("parent", "must be the Kemendagri code of a province (2 digits, "
                        + "such as 32), got '" + ClientText.abbreviate(parent) + "'"));
        if (!province.validDuring(period.start(), period.end())) {
            throw new InvalidParameterException("parent", province.label() + " is " + province.validity() + ", so it has no "
                    + "regencies in " + period.id());
        }
        return new Scope(period, rowLevel, province,
                regions.during(RegionLevel.REGENCY, province.code(), period.start(), period.end()));
    }

    /**
     * Whether a labour-market request asks for the rows by region: {@code by=region}; absent
     * means national. Any other {@code by}, a {@code level} without {@code by=region}, or
     * {@code region=} with it (the rows are every province), is a 400.
     */
    public static boolean byRegion(String by, String level, String region) {
        if (by == null || by.isBlank()) {
            if (level != null && !level.isBlank()) {
                throw new InvalidParameterException("level", "is only for by=region, got '" + ClientText.abbreviate(level)
                        + "' without it");
            }
            return false;
        }
        if (!"region".equalsIgnoreCase(by.strip())) {
            throw new InvalidParameterException("by", "must be region, got '" + ClientText.abbreviate(by) + "'");
        }
        if (region != null && !region.isBlank()) {
            throw new InvalidParameterException("region", "cannot be combined with by=region, whose rows are every province, got '"
                    + ClientText.abbreviate(region) + "'");
        }
        if (level != null && !level.isBlank() && !"province".equalsIgnoreCase(level.strip())) {
            throw new InvalidParameterException("level", "must be province with by=region (the table of provinces), got '"
                    + ClientText.abbreviate(level) + "'");
        }
        return true;
    }

    private static RegionLevel level(String raw) {
        if (raw == null || raw.isBlank()) {
            return RegionLevel.PROVINCE;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "province" -> RegionLevel.PROVINCE;
            case "regency" -> RegionLevel.REGENCY;
            default -> throw new InvalidParameterException("level", "must be province or regency, got '"
                    + ClientText.abbreviate(raw) + "'");
        };
    }

    /** IKK 5 or IKK 6 region by region over the scope's period, as of {@code asOf} (null: now), on {@code basis}, of {@code filter}'s parts. */
    public Versioned<RegionBreakdown> breakdown(Indicator indicator, Scope scope, Instant asOf, Basis basis, DimensionFilter filter) {
        Members read = read(scope, indicator.categories(), asOf, basis, filter);
        return read.versioned(breakdown(indicator, scope, read));
    }

    private static RegionBreakdown breakdown(Indicator indicator, Scope scope, Members read) {
        Period period = scope.period();
        Set<Category> categories = indicator.categories();
        PeriodValue total = read.member().apply(scope.parentCode()).value(categories, period);
        List<RegionBreakdown.Row> rows = new ArrayList<>(scope.rows().size());
        Long allocated = null;
        boolean provisional = total.provisional();
        for (RegionEntry region : scope.rows()) {
            FigureSnapshot figures = read.member().apply(region.code());
            PeriodValue value = figures.value(categories, period);
            Map<Category, Long> byCategory = new EnumMap<>(Category.class);
            for (Category category : categories) {
                byCategory.put(category, figures.value(Set.of(category), period).value());
            }
            rows.add(new RegionBreakdown.Row(region.code(), region.name(), value.value(), byCategory, value.complete(),
                    value.status()));
            provisional |= value.provisional();
            if (value.value() != null) {
                allocated = (allocated == null ? 0 : allocated) + value.value();
            }
        }
        Long unallocated = total.value() == null || allocated == null ? null : total.value() - allocated;
        return new RegionBreakdown(indicator, period.year(), scope.month(), scope.level(), scope.parentCode(), total.value(),
                unallocated, total.complete(), rows, read.version().id(), provisional ? LabourMarketStatistics.PROVISIONAL : null);
    }

    /**
     * Supply against demand nationally (as {@link StatisticsService#labourMarket}) and province by
     * province in the year or month, as of {@code asOf} (null: now), on {@code basis}, of {@code filter}'s parts.
     */
    public Versioned<LabourMarketByRegion> labourMarket(int year, Integer month, Instant asOf, Basis basis, DimensionFilter filter) {
        Scope scope = scope(year, month, null, null);
        Members read = read(scope, Set.of(Category.JOB_SEEKER, Category.VACANCY), asOf, basis, filter);
        return read.versioned(labourMarket(scope, read));
    }

    private LabourMarketByRegion labourMarket(Scope scope, Members read) {
        LabourMarketStatistics national = statistics.labourMarket(read.member().apply(null), scope.period().year(), scope.month());
        List<LabourMarketByRegion.Row> rows = new ArrayList<>(scope.rows().size());
        for (RegionEntry region : scope.rows()) {
            FigureSnapshot figures = read.member().apply(region.code());
            LabourMarketStatistics.Figures row = LabourMarketStatistics.Figures.of(
                    figures.value(Set.of(Category.JOB_SEEKER), scope.period()), figures.value(Set.of(Category.VACANCY), scope.period()));
            rows.add(new LabourMarketByRegion.Row(region.code(), region.name(), row.jobSeekers(), row.vacancies(),
                    row.vacanciesPer100JobSeekers(), row.complete(), row.status()));
        }
        return new LabourMarketByRegion(national.year(), null, national.yearTotal(), national.months(), scope.level(), rows,
                national.dataVersion());
    }
}
