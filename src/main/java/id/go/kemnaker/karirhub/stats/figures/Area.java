package id.go.kemnaker.karirhub.stats.figures;

import java.util.List;

/**
 * Where figures are read for: the nation, and/or provinces and regencies by their canonical
 * Kemendagri codes. Reading an area reads each member's stored counts and the sums of the
 * regions below it ({@link RegionalSums}), nothing more.
 *
 * @param national whether the nation is a member
 * @param regions the province and regency codes that are members
 */
public record Area(boolean national, List<String> regions) {

    public static final Area NATIONAL = new Area(true, List.of());

    public Area {
        regions = List.copyOf(regions);
    }

    /** The regions given, or the nation when none is. */
    public static Area of(List<String> regions) {
        return regions.isEmpty() ? NATIONAL : new Area(false, regions);
    }

    /**
     * The nation and {@code regions} together, read in one statement: for answers that set each
     * region beside the national figure (a breakdown by province and its unallocated remainder).
     */
    public static Area nationAnd(List<String> regions) {
        return new Area(true, regions);
    }

    /** The provinces among the regions (their regencies' sums are read too). */
    List<String> provinces() {
        return regions.stream().filter(code -> code.length() == 2).toList();
    }
}
