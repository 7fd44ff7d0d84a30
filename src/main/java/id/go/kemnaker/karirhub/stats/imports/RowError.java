package id.go.kemnaker.karirhub.stats.imports;

/**
 * Why one line of an imported file, or one cell of it, was rejected: what an analyst needs to find
 * and fix it in the spreadsheet.
 *
 * @param line physical line number in the file, starting at 1
 * @param column the column's header as written in the file, or null when the whole line is at fault
 * @param value the cell as written (at most {@value #MAX_VALUE_LENGTH} characters), or null
 * @param message what was expected, in short English, e.g. "must be an integer from 2000 to 2099"
 */
public record RowError(int line, String column, String value, String message) {

    public static final int MAX_VALUE_LENGTH = 60;

    /** Cuts an echoed value to {@value #MAX_VALUE_LENGTH} characters, so a runaway cell cannot bloat a report. */
    public RowError {
        if (value != null && value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
            value = value.substring(0, value.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1)) + "…";
        }
    }
}
