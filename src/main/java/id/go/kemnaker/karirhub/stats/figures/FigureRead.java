package id.go.kemnaker.karirhub.stats.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionEntry;

/**
 * What one {@link FigureQuery} found: the figures of each member of its area (or of the area
 * added up), the targets and realisations when the nation is read, and the data version. The
 * database has already picked each member's figures and added up what needed adding
 * ({@link RegionalSums}); this only hands them out member by member, as {@link FigureSnapshot}s.
 */
public final class FigureRead {

    private final FigureQuery query;
    private final DataVersion version;
    private final DataVersion latest;
    private final Map<Indicator, Map<Integer, BigDecimal>> targets;
    private final Map<Indicator, Map<Integer, BigDecimal>> realisations;
    private final RegionDirectory regions;
    /** The figures by member code (null: the nation, or the area added up), grouped once for breakdowns of 514 rows. */
    private final Map<String, List<Figure>> byMember = new HashMap<>();
    private final List<Figure> stored = new ArrayList<>();

    FigureRead(FigureQuery query, DataVersion version, DataVersion latest, List<Figure> figures,
            Map<Indicator, Map<Integer, BigDecimal>> targets, Map<Indicator, Map<Integer, BigDecimal>> realisations,
            RegionDirectory regions) {
        this.query = query;
        this.version = version;
        this.latest = latest;
        this.targets = targets;
        this.realisations = realisations;
        this.regions = regions;
        for (Figure figure : figures) {
            byMember.computeIfAbsent(figure.cell().region(), code -> new ArrayList<>()).add(figure);
            if (figure.stored()) {
                stored.add(figure);
            }
        }
    }

    public DataVersion version() {
        return version;
    }

    /** The latest data version at the time of the read: {@link #version()} unless read as of an earlier moment. */
    public DataVersion latest() {
        return latest;
    }

    /** The counts the area's members stored themselves (not the sums), as read. */
    public List<Figure> storedCounts() {
        return stored;
    }

    /** The figures of the whole area: the nation's, a region's, or several regions added up. */
    public FigureSnapshot combined() {
        Area area = query.area();
        if (query.shape() == FigureQuery.Shape.AREA) {
            return snapshot(String.join(",", area.regions()), byMember.getOrDefault(null, List.of()), false);
        }
        if (area.national()) {
            return member(null);
        }
        if (area.regions().size() != 1) {
            throw new IllegalStateException("The members of " + area + " were read one by one, not added up");
        }
        return member(area.regions().get(0));
    }

    /** The figures of one member of the area: null for the nation, else a region code the area holds. */
    public FigureSnapshot member(String code) {
        Area area = query.area();
        if (query.shape() == FigureQuery.Shape.AREA || (code == null ? !area.national() : !area.regions().contains(code))) {
            throw new IllegalArgumentException(code + " is not a member read of " + area);
        }
        return snapshot(code, byMember.getOrDefault(code, List.of()), code == null);
    }

    private FigureSnapshot snapshot(String region, List<Figure> figures, boolean national) {
        return new FigureSnapshot(version, latest, region, query.firstYear(), query.lastYear(), figures,
                national ? targets : Map.of(), national ? realisations : Map.of());
    }

    /** The region entry of a member code, for names in answers. */
    public RegionEntry region(String code) {
        return regions.find(code).orElseThrow();
    }
}
