package id.go.kemnaker.karirhub.stats.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns an import file may have, each known by an English and an Indonesian header. */
enum ImportColumn {

    CATEGORY("category", "kategori", true),
    YEAR("year", "tahun", true),
    MONTH("month", "bulan", true),
    /** Optional: without it every row is a month total. */
    WEEK("week", "minggu", false),
    COUNT("count", "jumlah", true);

    private final String englishName;
    private final String indonesianName;
    private final boolean required;

    ImportColumn(String englishName, String indonesianName, boolean required) {
        this.englishName = englishName;
        this.indonesianName = indonesianName;
        this.required = required;
    }

    /** The column a header names, ignoring case and surrounding spaces; empty for an unknown header. */
    static Optional<ImportColumn> named(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(column -> column.englishName.equals(name) || column.indonesianName.equals(name))
                .findFirst();
    }

    boolean required() {
        return required;
    }

    /** Both names, for messages: {@code 'count' (or 'jumlah')}. */
    String names() {
        return "'" + englishName + "' (or '" + indonesianName + "')";
    }
}
