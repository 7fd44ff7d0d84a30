package id.go.kemnaker.karirhub.stats.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each {@link ImportColumn} sits in a file, and how its header was written there. */
final class ColumnLayout {

    private final Map<ImportColumn, Integer> positions;
    private final Map<ImportColumn, String> headers;
    private final int fieldCount;

    private ColumnLayout(Map<ImportColumn, Integer> positions, Map<ImportColumn, String> headers, int fieldCount) {
        this.positions = positions;
        this.headers = headers;
        this.fieldCount = fieldCount;
    }

    /**
     * Finds the columns by their headers, in any order; unknown headers are ignored.
     *
     * @param errors receives one error per missing required column and per column given twice
     * @return the layout, or empty when the header had an error
     */
    static Optional<ColumnLayout> of(CsvRecord header, List<RowError> errors) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
        int errorsBefore = errors.size();
        List<String> names = header.fields();
        for (int position = 0; position < names.size(); position++) {
            String written = names.get(position).strip();
            Optional<ImportColumn> column = ImportColumn.named(written);
            if (column.isEmpty()) {
                continue;
            }
            String earlier = headers.putIfAbsent(column.get(), written);
            if (earlier == null) {
                positions.put(column.get(), position);
            } else {
                errors.add(new RowError(header.line(), written, null,
                        "same column as '" + earlier + "'; give each column once"));
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                errors.add(new RowError(header.line(), null, null, "missing column " + column.names()));
            }
        }
        return errors.size() == errorsBefore
                ? Optional.of(new ColumnLayout(positions, headers, names.size()))
                : Optional.empty();
    }

    /** How many fields every row must have: as many as the header. */
    int fieldCount() {
        return fieldCount;
    }

    /** The header of a column as written in the file, for error reports. */
    String header(ImportColumn column) {
        return headers.get(column);
    }

    /** The raw cell of a column in a record, or null when the file has no such column. */
    String cell(CsvRecord record, ImportColumn column) {
        Integer position = positions.get(column);
        return position == null ? null : record.fields().get(position);
    }
}
