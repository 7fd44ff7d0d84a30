package id.go.kemnaker.karirhub.stats.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns an import file may have, each known by an English and an Indonesian header (and a
 * few other ways people head them: {@code region code}, {@code Kab/Kota}).
 */
enum ImportColumn {

    CATEGORY(true, "category", "kategori"),
    YEAR(true, "year", "tahun"),
    MONTH(true, "month", "bulan"),
    /** Optional: without it every row is a month total. */
    WEEK(false, "week", "minggu"),
    COUNT(true, "count", "jumlah"),
    /** Optional: a Kemendagri code (32, 3273, 32.73); an empty cell is a national row. */
    REGION_CODE(false, "region", "kode wilayah", "region code"),
    /** Optional: a province by name as people write it (Jawa Barat, DKI, D.I. Yogyakarta). */
    PROVINCE(false, "province", "provinsi"),
    /** Optional: a regency or city by name (Kab. Bandung, Kota Bandung), within the row's province if given. */
    REGENCY(false, "regency", "kabupaten/kota", "kab/kota", "kabupaten / kota");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final boolean required;
    /** The English and the Indonesian header. */
    private final List<String> names;
    private final List<String> otherNames;

    ImportColumn(boolean required, String englishName, String indonesianName, String... otherNames) {
        this.required = required;
        this.names = List.of(englishName, indonesianName);
        this.otherNames = List.of(otherNames);
    }

    /**
     * The column a header names, ignoring case and extra spaces ({@code Kode  Wilayah}); empty for
     * an unknown header.
     */
    static Optional<ImportColumn> named(String header) {
        String name = SPACES.matcher(header.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return Arrays.stream(values())
                .filter(column -> column.names.contains(name) || column.otherNames.contains(name))
                .findFirst();
    }

    boolean required() {
        return required;
    }

    /** Both names, for messages: {@code 'count' (or 'jumlah')}. */
    String names() {
        return "'" + names.get(0) + "' (or '" + names.get(1) + "')";
    }
}
