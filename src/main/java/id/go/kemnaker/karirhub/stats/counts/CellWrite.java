package id.go.kemnaker.karirhub.stats.counts;

import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.Source;

/** One count to store in a cell, and where the write came from (for the errors that name it). */
public record CellWrite(Cell cell, long count, Source source) {
}
