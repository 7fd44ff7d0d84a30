package id.go.kemnaker.karirhub.stats.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each {@link ImportColumn} sits in a file, and how its header was written there. */
final class ColumnLayout {

    private final Map<ImportColumn, Integer> positions;
    private final Map<ImportColumn, String> headers;
    private final List<Integer> unnamed;
    private final int fieldCount;

    private ColumnLayout(Map<ImportColumn, Integer> positions, Map<ImportColumn, String> headers, List<Integer> unnamed,
            int fieldCount) {
        this.positions = positions;
        this.headers = headers;
        this.unnamed = unnamed;
        this.fieldCount = fieldCount;
    }

    /**
     * Finds the columns by their headers, in any order. A header the import does not know is an
     * error naming it, never skipped: a misspelt {@code Kode Wilayah} would otherwise turn every
     * regional row into a national one. A column without a header is allowed (spreadsheets leave
     * empty ones at the right) as long as its cells are empty ({@link #unnamedValue}).
     *
     * @param errors receives one error per unknown header, per missing required column and per
     *        column given twice
     * @return the layout, or empty when the header had an error
     */
    static Optional<ColumnLayout> of(CsvRecord header, List<RowError> errors) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
        List<Integer> unnamed = new ArrayList<>();
        int errorsBefore = errors.size();
        List<String> names = header.fields();
        for (int position = 0; position < names.size(); position++) {
            String written = names.get(position).strip();
            if (ImportColumn.key(written).isEmpty()) {
                unnamed.add(position);
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.named(written);
            if (column.isEmpty()) {
                errors.add(new RowError(header.line(), written, null, unknownColumn(written)));
                continue;
            }
            if (column.get().ignored()) {
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
        if (headers.isEmpty()) { // no header at all, but a first data row: its cells are not columns to name
            errors.subList(errorsBefore, errors.size()).clear();
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                errors.add(new RowError(header.line(), null, null, "missing column " + column.names()));
            }
        }
        return errors.size() == errorsBefore
                ? Optional.of(new ColumnLayout(positions, headers, List.copyOf(unnamed), names.size()))
                : Optional.empty();
    }

    /** "unknown column; ..." with the characters that make a header look known but differ from it. */
    private static String unknownColumn(String written) {
        StringBuilder odd = new StringBuilder();
        written.codePoints().filter(c -> c > 0x7e || c < 0x20).distinct().limit(3).forEach(c -> odd.append(odd.length() == 0
                ? "" : ", ").append(String.format("U+%04X", c)).append(Character.getName(c) == null ? ""
                        : " " + Character.getName(c)));
        return "is not a column the import knows" + (odd.length() == 0 ? "" : " (it holds " + odd + ")")
                + "; the columns are " + ImportColumn.known() + "; notes may stand in a column headed 'catatan'";
    }

    /**
     * The first non-empty cell of a record under a column without a header, or null: a value there
     * would be silently dropped, so it is an error.
     */
    String unnamedValue(CsvRecord record) {
        for (int position : unnamed) {
            String cell = record.fields().get(position);
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }

    /** How many fields every row must have: as many as the header. */
    int fieldCount() {
        return fieldCount;
    }

    /** The header of a column as written in the file, for error reports. */
    String header(ImportColumn column) {
        return headers.get(column);
    }

    /** Whether the file has the column. */
    boolean has(ImportColumn column) {
        return positions.containsKey(column);
    }

    /** The raw cell of a column in a record, or null when the file has no such column. */
    String cell(CsvRecord record, ImportColumn column) {
        Integer position = positions.get(column);
        return position == null ? null : record.fields().get(position);
    }
}
