package id.go.kemnaker.karirhub.stats.figures;

import id.go.kemnaker.karirhub.stats.cells.Cell;

/**
 * A figure as read: the value of a cell, which is a count its region stored ({@code stored}), or
 * the sum of the regions below it where it stored nothing ({@link RegionalSums}), or what events
 * counted in it ({@code provisional}: a live figure, {@link LiveRepository}). {@code cell}'s
 * region is the member the figure is for (null: the nation, or an area added up);
 * {@code complete} is false for a sum some region is missing from.
 */
public record Figure(Cell cell, long amount, boolean complete, boolean stored, boolean provisional) {

    /** A reported figure (not live). */
    public Figure(Cell cell, long amount, boolean complete, boolean stored) {
        this(cell, amount, complete, stored, false);
    }

    /** A live figure: what events counted in the cell. */
    static Figure live(Cell cell, long amount) {
        return new Figure(cell, amount, true, true, true);
    }

    /** A stored national count. */
    public static Figure stored(Cell cell, long amount) {
        return new Figure(cell, amount, true, true);
    }
}
