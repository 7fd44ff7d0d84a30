package id.go.kemnaker.karirhub.stats.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import id.go.kemnaker.karirhub.stats.cells.Dimension;

/**
 * The columns an import file may have, each known by an English and an Indonesian header (and a
 * few other ways people head them: {@code region code}, {@code Kab/Kota}). A header is matched as
 * people write it: case, runs of spaces and underscores, no-break spaces and invisible characters
 * (zero-width spaces, a byte order mark) do not matter; a letter from another script that looks
 * like a Latin one does ({@code Kоde} with a Cyrillic {@code о} is not {@code Kode}).
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
    REGENCY(false, "regency", "kabupaten/kota", "kab/kota", "kabupaten / kota"),
    /** Optional: sex (L/P, Laki-laki/Perempuan, Pria/Wanita), or Jumlah for the total over it. */
    SEX(false, "sex", "jenis kelamin", "jk", "gender", "kelamin"),
    /** Optional: an age group (20-24, "20 - 24 tahun", 60+), or Jumlah. */
    AGE_GROUP(false, "age group", "kelompok umur", "umur", "usia", "kelompok usia", "age"),
    /** Optional: the highest level of education completed (SD, SMP/SLTP, SMK, D3, S1 ...), or Jumlah. */
    EDUCATION(false, "education", "pendidikan", "pendidikan terakhir", "pendidikan tertinggi", "tingkat pendidikan"),
    /** Optional: a KBJI 2014 major group by code (0-9) or name, or Jumlah. */
    OCCUPATION(false, "occupation", "jabatan", "kbji", "golongan jabatan", "golongan pokok jabatan"),
    /** Ignored: notes beside the figures ("revisi", "belum dilaporkan"). */
    NOTE(false, "note", "catatan", "notes", "keterangan", "ket", "ket.", "remarks", "comment"),
    /** Ignored: where a figure comes from (the reporting unit, the source document). */
    SOURCE(false, "source", "sumber", "satker", "satuan kerja", "unit kerja"),
    /** Ignored: the running number spreadsheets put in their first column. */
    ROW_NUMBER(false, "no", "nomor", "no.", "number");

    private final boolean required;
    /** The English and the Indonesian header. */
    private final List<String> names;
    private final List<String> otherNames;

    ImportColumn(boolean required, String englishName, String indonesianName, String... otherNames) {
        this.required = required;
        this.names = List.of(englishName, indonesianName);
        this.otherNames = List.of(otherNames);
    }

    /** The column a header names ({@code Kode_Wilayah}, {@code KODE  WILAYAH}); empty for a header the import does not know. */
    static Optional<ImportColumn> named(String header) {
        String name = key(header);
        return Arrays.stream(values())
                .filter(column -> column.names.contains(name) || column.otherNames.contains(name))
                .findFirst();
    }

    /**
     * A header as people mean it: lower case, invisible (format) characters dropped, every run of
     * spaces of any kind and underscores one space, none at the ends.
     */
    static String key(String header) {
        StringBuilder key = new StringBuilder(header.length());
        boolean gap = false;
        for (int i = 0; i < header.length(); ) {
            int c = header.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = key.length() > 0;
                continue;
            }
            if (gap) {
                key.append(' ');
                gap = false;
            }
            key.appendCodePoint(Character.toLowerCase(c));
        }
        return key.toString();
    }

    /** Every header the import knows, for the message about one it does not. */
    static String known() {
        return Arrays.stream(values()).map(column -> column.names.get(0) + " (" + column.names.get(1) + ")")
                .collect(Collectors.joining(", "));
    }

    boolean required() {
        return required;
    }

    /** The dimension whose codes the column holds, or null for a column of another kind. */
    Dimension dimension() {
        return switch (this) {
            case SEX -> Dimension.SEX;
            case AGE_GROUP -> Dimension.AGE_GROUP;
            case EDUCATION -> Dimension.EDUCATION;
            case OCCUPATION -> Dimension.OCCUPATION;
            default -> null;
        };
    }

    /** Whether the import reads the column's cells at all (notes, sources and row numbers it does not). */
    boolean ignored() {
        return this == NOTE || this == SOURCE || this == ROW_NUMBER;
    }

    /** Both names, for messages: {@code 'count' (or 'jumlah')}. */
    String names() {
        return "'" + names.get(0) + "' (or '" + names.get(1) + "')";
    }
}
