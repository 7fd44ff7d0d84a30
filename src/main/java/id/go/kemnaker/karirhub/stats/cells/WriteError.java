package id.go.kemnaker.karirhub.stats.cells;

/**
 * Why one write cannot be stored: which rule it breaks, where it came from, and the reason in
 * words. The same error becomes a 400, 409 or 422 item of a batch or a count's path, or a line
 * error of an import, depending on how the write came in.
 */
public record WriteError(Source source, Kind kind, String message) {

    /** The rule a write breaks. */
    public enum Kind {
        /** The same cell twice among the writes. */
        DUPLICATE,
        /** A week of a stock, which is counted at the end of a month only. */
        WEEK_OF_STOCK,
        /** A region that did not exist in the cell's period. */
        REGION_NOT_VALID,
        /** Week counts and a month total of one month, both among the writes. */
        MIXED_WITHIN,
        /** A month given at the other granularity from what is stored for it. */
        MIXED_STORED,
        /** Regions that would add up to more than their parent's stored count. */
        ABOVE_PARENT
    }
}
