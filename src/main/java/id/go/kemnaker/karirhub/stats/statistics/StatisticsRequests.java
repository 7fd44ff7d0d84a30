package id.go.kemnaker.karirhub.stats.statistics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;

/**
 * What the statistics reads share between their entries: the area a {@code region=} names, and
 * the key of each read's answer (its cache entry and ETag), one function per read, which the
 * resources and {@link StatisticsRoute} both call. A key holds the parsed, normalised
 * parameters, so {@code year=2021} and {@code year=02021} are one answer.
 */
@ApplicationScoped
public class StatisticsRequests {

    private final RegionDirectory regions;

    StatisticsRequests(RegionDirectory regions) {
        this.regions = regions;
    }

    /**
     * The regions of {@code region=} (codes, comma separated), or the nation without it; each must
     * have existed during {@code period} when one is known (null: the latest year, not known yet).
     */
    Area area(String region, Period period) {
        return Area.of(period == null ? RegionQuery.codes("region", region, regions)
                : RegionQuery.codesDuring("region", region, regions, period.start(), period.end()));
    }

    /** SDMX-CSV has one reference area (REF_AREA): several regions added up are refused, naming the parameter. */
    static void requireOneAreaForSdmx(Representation representation, Area area) {
        if (representation == Representation.SDMX_CSV && area.regions().size() > 1) {
            throw new InvalidParameterException("region", "names " + area.regions().size() + " regions; an SDMX-CSV answer is "
                    + "about one reference area (REF_AREA): ask for one region, or for JSON or CSV");
        }
    }

    /** The start of each indicator's key, built once: the most asked read takes its key on every request. */
    private static final Map<Indicator, String> PREFIX = new EnumMap<>(Indicator.class);

    static {
        for (Indicator indicator : Indicator.values()) {
            PREFIX.put(indicator, "statistics/" + StatisticsRenderer.fileId(indicator) + "?year=");
        }
    }

    /** IKK 5 or IKK 6 of a year. */
    static AnswerKey key(Indicator indicator, int year, Area area, Instant asOf, Representation representation, boolean excel,
            Basis basis) {
        return key(indicator, year, area, asOf, representation, excel, basis, DimensionFilter.NONE);
    }

    /** IKK 5 or IKK 6 of a year, of the parts a filter names (none: the key of the whole, as before filters). */
    static AnswerKey key(Indicator indicator, int year, Area area, Instant asOf, Representation representation, boolean excel,
            Basis basis, DimensionFilter filter) {
        return live(new AnswerKey(PREFIX.get(indicator) + year + areaKey(area) + asOfKey(asOf) + basisKey(basis) + filter.key(),
                representation, excel), basis, asOf, year, year);
    }

    /**
     * The key of an answer on {@code basis} of the years from {@code first} to {@code last}: one that
     * shows live figures (current, not official) is cached under the live versions of those years too.
     */
    static AnswerKey live(AnswerKey key, Basis basis, Instant asOf, int first, int last) {
        return basis == Basis.OFFICIAL || asOf != null ? key : key.onLiveYears(first, last);
    }

    /** The default (best) adds nothing: a key, and so an ETag, of a reported year is what it was before live figures. */
    static String basisKey(Basis basis) {
        return basis == Basis.BEST ? "" : "&basis=" + basis.id();
    }

    /** IKK 5 or IKK 6 region by region. */
    static AnswerKey breakdownKey(Indicator indicator, RegionBreakdownService.Scope scope, Instant asOf,
            Representation representation, boolean excel, Basis basis, DimensionFilter filter) {
        return live(new AnswerKey("statistics/" + StatisticsRenderer.fileId(indicator) + "/by-region?" + scope.key() + asOfKey(asOf)
                + basisKey(basis) + filter.key(), representation, excel), basis, asOf, scope.period().year(), scope.period().year());
    }

    /** Supply against demand in an area. */
    static AnswerKey labourMarketKey(int year, Integer month, Area area, Instant asOf, Representation representation,
            boolean excel, Basis basis, DimensionFilter filter) {
        return live(new AnswerKey("statistics/labour-market?year=" + year + "&month=" + month + areaKey(area) + asOfKey(asOf)
                + basisKey(basis) + filter.key(), representation, excel), basis, asOf, year, year);
    }

    /** Supply against demand province by province. */
    static AnswerKey labourMarketByProvinceKey(int year, Integer month, Instant asOf, Representation representation,
            boolean excel, Basis basis, DimensionFilter filter) {
        return live(new AnswerKey("statistics/labour-market/by-region?year=" + year + "&month=" + month + "&level=province"
                + asOfKey(asOf) + basisKey(basis) + filter.key(), representation, excel), basis, asOf, year, year);
    }

    /** The headline figures. */
    static AnswerKey headlineKey(Integer year, Area area, Instant asOf, Basis basis) {
        return live(new AnswerKey("statistics/headline?year=" + year + areaKey(area) + asOfKey(asOf) + basisKey(basis),
                Representation.JSON, false), basis, asOf, year != null ? year : Period.FIRST_YEAR, year != null ? year : Period.LAST_YEAR);
    }

    /** Where an indicator stands. */
    static AnswerKey latestKey(Indicator indicator, Integer year, Area area, Instant asOf, Representation representation,
            boolean excel, Basis basis) {
        return live(new AnswerKey("statistics/latest?indicator=" + indicator + "&year=" + year + areaKey(area) + asOfKey(asOf)
                + basisKey(basis), representation, excel), basis, asOf, year != null ? year : Period.FIRST_YEAR,
                year != null ? year : Period.LAST_YEAR);
    }

    private static String areaKey(Area area) {
        return area.national() ? "" : "&region=" + String.join(",", area.regions());
    }

    private static String asOfKey(Instant asOf) {
        return asOf == null ? "" : "&asOf=" + asOf;
    }
}
