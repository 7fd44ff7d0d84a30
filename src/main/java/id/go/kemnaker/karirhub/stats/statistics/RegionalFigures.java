package id.go.kemnaker.karirhub.stats.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionEntry;

/**
 * What one read of an {@link Area} found, member by member: each member's stored counts and the
 * sums of the regions below it. A member's figure for a period is its stored count, or where it
 * stored none, the sum of the regions below it (complete only when every region that existed in
 * the period reported, and none of them was itself an incomplete sum).
 */
public final class RegionalFigures {

    /**
     * A regional sum below {@code parent} (null: the nation), as a count that may be incomplete:
     * of a reporting week, or of a month (week null) with how many children gave a month total.
     */
    record Sum(String parent, FigureSnapshot.Count count, int monthTotals) {
    }

    /** A period of a category, whatever the region. */
    private record Cell(Category category, int year, int month, Integer week) {

        static Cell of(FigureSnapshot.Count count) {
            return new Cell(count.category(), count.year(), count.month(), count.week());
        }

        Cell wholeMonth() {
            return new Cell(category, year, month, null);
        }

        Period period() {
            return week == null ? Period.month(year, month) : Period.week(year, month, week);
        }
    }

    private final DataVersion version;
    private final DataVersion latest;
    private final int firstYear;
    private final int lastYear;
    private final Area area;
    private final List<FigureSnapshot.Count> stored;
    private final List<Sum> sums;
    private final Map<Indicator, Map<Integer, BigDecimal>> targets;
    private final Map<Indicator, Map<Integer, BigDecimal>> realisations;
    private final RegionDirectory regions;
    /** Whether the sums read are month rows only, each standing for its month ({@link #byMonth}). */
    private boolean byMonth;
    /**
     * The stored counts by region and the sums by parent (null: the nation), grouped once, so that
     * a breakdown asking for each of its 38 or 514 members does not scan every row for each.
     */
    private final Map<String, List<FigureSnapshot.Count>> storedBy = new HashMap<>();
    private final Map<String, List<Sum>> sumsBy = new HashMap<>();

    RegionalFigures(DataVersion version, DataVersion latest, int firstYear, int lastYear, Area area,
            List<FigureSnapshot.Count> stored, List<Sum> sums, Map<Indicator, Map<Integer, BigDecimal>> targets,
            Map<Indicator, Map<Integer, BigDecimal>> realisations, RegionDirectory regions) {
        this.version = version;
        this.latest = latest;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.area = area;
        this.stored = stored;
        this.sums = sums;
        this.targets = targets;
        this.realisations = realisations;
        this.regions = regions;
        for (FigureSnapshot.Count count : stored) {
            storedBy.computeIfAbsent(count.region(), code -> new ArrayList<>()).add(count);
        }
        for (Sum sum : sums) {
            sumsBy.computeIfAbsent(sum.parent(), code -> new ArrayList<>()).add(sum);
        }
    }

    /**
     * These figures, read with month sums only: where a member stored nothing in a month, its
     * figure is the month's sum (a month total, complete or not), whatever the regions below gave.
     */
    RegionalFigures byMonth() {
        byMonth = true;
        return this;
    }

    public DataVersion version() {
        return version;
    }

    /** The latest data version at the time of the read: {@link #version()} unless read as of an earlier moment. */
    public DataVersion latest() {
        return latest;
    }

    /** The counts stored for the area's members (not the sums), as read. */
    public List<FigureSnapshot.Count> storedCounts() {
        return stored;
    }

    /**
     * The figures of the whole area: its members added up (the nation's when the nation is a
     * member, since the regions are a breakdown of it and would count twice).
     */
    public FigureSnapshot combined() {
        List<String> members = area.national() ? Collections.singletonList(null) : area.regions();
        return snapshot(members);
    }

    /** The figures of one member of the area: null for the nation, else a region code the area holds. */
    public FigureSnapshot member(String code) {
        if (code == null ? !area.national() : !area.regions().contains(code)) {
            throw new IllegalArgumentException(code + " is not a member of " + area);
        }
        return snapshot(Collections.singletonList(code));
    }

    private FigureSnapshot snapshot(List<String> members) {
        if (members.size() == 1) { // one member's figures as they are: no adding up across members
            String member = members.get(0);
            return new FigureSnapshot(version, latest, member, firstYear, lastYear, figuresOf(member),
                    member == null ? targets : Map.of(), member == null ? realisations : Map.of());
        }
        Map<String, List<FigureSnapshot.Count>> byMember = new LinkedHashMap<>();
        Set<Cell> monthTotals = new HashSet<>(); // months some member reported as a total
        for (String member : members) {
            List<FigureSnapshot.Count> figures = figuresOf(member);
            byMember.put(member, figures);
            figures.stream().filter(count -> count.week() == null).forEach(count -> monthTotals.add(Cell.of(count)));
        }
        Map<Cell, FigureSnapshot.Count> total = new LinkedHashMap<>();
        Map<Cell, Integer> reporting = new HashMap<>();
        for (List<FigureSnapshot.Count> figures : byMember.values()) {
            for (FigureSnapshot.Count count : members.size() > 1 ? asMonthTotals(figures, monthTotals) : figures) {
                Cell cell = Cell.of(count);
                FigureSnapshot.Count sum = total.get(cell);
                total.put(cell, sum == null ? count : new FigureSnapshot.Count(count.category(), count.year(), count.month(),
                        count.week(), sum.amount() + count.amount(), null, sum.complete() && count.complete()));
                reporting.merge(cell, 1, Integer::sum);
            }
        }
        List<FigureSnapshot.Count> counts = new ArrayList<>(total.size());
        for (Map.Entry<Cell, FigureSnapshot.Count> entry : total.entrySet()) {
            FigureSnapshot.Count count = entry.getValue();
            if (members.size() > 1 && reporting.get(entry.getKey()) < existing(members, entry.getKey().period())) {
                count = new FigureSnapshot.Count(count.category(), count.year(), count.month(), count.week(), count.amount(),
                        null, false);
            }
            counts.add(count);
        }
        boolean national = members.size() == 1 && members.get(0) == null;
        return new FigureSnapshot(version, latest, national ? null : String.join(",", members), firstYear, lastYear, counts,
                national ? targets : Map.of(),
                national ? realisations : Map.of());
    }

    /**
     * A member's figures: its stored counts, and in each month where it stored none, the sum of
     * the regions below it: their month totals when any of them gave one, else their weeks.
     */
    private List<FigureSnapshot.Count> figuresOf(String member) {
        List<Sum> below = sumsBy.getOrDefault(member, List.of());
        if (below.isEmpty()) {
            return storedBy.getOrDefault(member, List.of());
        }
        List<FigureSnapshot.Count> figures = new ArrayList<>();
        Set<Cell> storedMonths = new HashSet<>();
        for (FigureSnapshot.Count count : storedBy.getOrDefault(member, List.of())) {
            figures.add(count);
            storedMonths.add(Cell.of(count).wholeMonth());
        }
        Set<Cell> totalMonths = new HashSet<>();
        for (Sum sum : below) {
            if (sum.count().week() == null && (byMonth || sum.monthTotals() > 0)) {
                totalMonths.add(Cell.of(sum.count()));
            }
        }
        for (Sum sum : below) {
            Cell month = Cell.of(sum.count()).wholeMonth();
            if (!storedMonths.contains(month) && (sum.count().week() == null) == totalMonths.contains(month)) {
                figures.add(sum.count());
            }
        }
        return figures;
    }

    /**
     * A member's figures with the weeks of {@code months} (months another member reported as a
     * total) folded into month totals, so that members of either granularity add up: complete
     * only with all four weeks, each complete.
     */
    private static List<FigureSnapshot.Count> asMonthTotals(List<FigureSnapshot.Count> figures, Set<Cell> months) {
        List<FigureSnapshot.Count> result = new ArrayList<>();
        Map<Cell, List<FigureSnapshot.Count>> weeks = new LinkedHashMap<>();
        for (FigureSnapshot.Count count : figures) {
            Cell month = Cell.of(count).wholeMonth();
            if (count.week() != null && months.contains(month)) {
                weeks.computeIfAbsent(month, m -> new ArrayList<>()).add(count);
            } else {
                result.add(count);
            }
        }
        weeks.forEach((month, ofMonth) -> result.add(new FigureSnapshot.Count(month.category(), month.year(), month.month(), null,
                ofMonth.stream().mapToLong(FigureSnapshot.Count::amount).sum(), null,
                ofMonth.size() == 4 && ofMonth.stream().allMatch(FigureSnapshot.Count::complete))));
        return result;
    }

    /** How many of the members existed on at least one day of {@code period}. */
    private long existing(List<String> members, Period period) {
        return members.stream()
                .map(code -> code == null ? null : regions.find(code).orElse(null))
                .filter(region -> region == null || region.validDuring(period.start(), period.end()))
                .count();
    }

    /** The region entry of a member code, for names in answers. */
    public RegionEntry region(String code) {
        return regions.find(code).orElseThrow();
    }
}
