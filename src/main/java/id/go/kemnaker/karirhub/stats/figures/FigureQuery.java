package id.go.kemnaker.karirhub.stats.figures;

import java.time.Instant;

/**
 * One read of figures, typed: whose ({@link #area}, as one figure or member by member), which
 * years, current or as of a moment, and at which grain. {@link FigureRepository} answers it with
 * one statement.
 *
 * @param asOf null for the current figures
 */
public record FigureQuery(Shape shape, Area area, int firstYear, int lastYear, Instant asOf, Grain grain, Basis basis) {

    /** A query of the reported figures. */
    public FigureQuery(Shape shape, Area area, int firstYear, int lastYear, Instant asOf, Grain grain) {
        this(shape, area, firstYear, lastYear, asOf, grain, Basis.OFFICIAL);
    }

    /** Whose figures a statement reads; each shape has its own statement. */
    public enum Shape {
        /** The nation's figures. */
        NATION,
        /** Each region's figures, member by member (one region: its figures). */
        REGIONS,
        /** The nation's figures and each region's beside it: a breakdown by province. */
        NATION_AND_REGIONS,
        /** Several regions added up into one figure. */
        AREA;

        boolean national() {
            return this == NATION || this == NATION_AND_REGIONS;
        }
    }

    /** WEEK: every reporting week as reported; MONTH: month figures only, enough for months, quarters and years. */
    public enum Grain {
        WEEK, MONTH
    }

    /** The figures of {@code area} as one: the nation's, a region's, or several regions added up. */
    public static FigureQuery of(Area area, int firstYear, int lastYear, Instant asOf) {
        Shape shape = area.national() ? Shape.NATION : area.regions().size() == 1 ? Shape.REGIONS : Shape.AREA;
        if (area.national() && !area.regions().isEmpty()) {
            throw new IllegalArgumentException("The nation and its regions add up to the nation: ask for the members of " + area);
        }
        return new FigureQuery(shape, area, firstYear, lastYear, asOf, Grain.WEEK);
    }

    /** The figures of each member of {@code area}, side by side. */
    public static FigureQuery members(Area area, int firstYear, int lastYear, Instant asOf) {
        Shape shape = !area.national() ? Shape.REGIONS : area.regions().isEmpty() ? Shape.NATION : Shape.NATION_AND_REGIONS;
        return new FigureQuery(shape, area, firstYear, lastYear, asOf, Grain.WEEK);
    }

    /** This query at the grain of months. */
    public FigureQuery byMonth() {
        return new FigureQuery(shape, area, firstYear, lastYear, asOf, Grain.MONTH, basis);
    }

    /** This query at the grain of weeks. */
    FigureQuery byWeek() {
        return new FigureQuery(shape, area, firstYear, lastYear, asOf, Grain.WEEK, basis);
    }

    /**
     * This query on {@code basis}. Live figures are read for the current figures (at the grain of
     * weeks: a month-grain query that may show some is read by weeks); as of a moment a read stays
     * official (live figures keep no history).
     */
    public FigureQuery on(Basis other) {
        return new FigureQuery(shape, area, firstYear, lastYear, asOf, grain, other);
    }

    /** Whether live figures take part in this read. */
    boolean readsLive() {
        return basis != Basis.OFFICIAL && asOf == null && grain == Grain.WEEK;
    }
}
