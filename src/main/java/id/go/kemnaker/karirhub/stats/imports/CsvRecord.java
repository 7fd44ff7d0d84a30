package id.go.kemnaker.karirhub.stats.imports;

import java.util.List;

/**
 * One record of a CSV file as {@link CsvRecordReader} read it.
 *
 * @param line physical line on which the record starts (1-based, blank lines included)
 * @param fields the fields, unquoted, in file order
 * @param problem why the record could not be read reliably (an open quote, bytes that are not UTF-8,
 *        an overlong row), or null when it was read cleanly
 */
record CsvRecord(int line, List<String> fields, RowError problem) {

    /** Whether the record holds nothing: an empty line, or only delimiters and spaces. */
    boolean isBlank() {
        return problem == null && fields.stream().allMatch(String::isBlank);
    }
}
