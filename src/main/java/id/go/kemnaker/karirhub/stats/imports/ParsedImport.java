package id.go.kemnaker.karirhub.stats.imports;

import java.util.List;

import id.go.kemnaker.karirhub.stats.counts.CellWrite;

/**
 * What {@link CsvCountParser} found in a file: the good rows and every problem. A file with any error
 * should be rejected as a whole; the rows are returned anyway, for counting or previewing.
 *
 * @param rows rows with a reported count, in file order, as the writes they ask for (each naming its line)
 * @param skipped rows that were valid but reported no count ({@code -} or empty), not part of {@code rows}
 * @param errors every bad line and every bad cell, in file order; empty when the file is clean
 */
public record ParsedImport(List<CellWrite> rows, int skipped, List<RowError> errors) {

    public ParsedImport {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** A result for a file that has no rows to give: empty, only a header, or a header in error. */
    static ParsedImport withoutRows(List<RowError> errors) {
        return new ParsedImport(List.of(), 0, errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
