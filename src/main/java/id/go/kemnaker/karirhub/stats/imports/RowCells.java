package id.go.kemnaker.karirhub.stats.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.counts.CountValue;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionEntry;
import id.go.kemnaker.karirhub.stats.regions.RegionLevel;
import id.go.kemnaker.karirhub.stats.regions.RegionNotResolvedException;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeList;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;

/**
 * The cells of one data row, read as values in the forms analysts type them in Excel. Every bad cell
 * adds its own error, so one row can report several; {@link #allValid()} tells whether any was bad.
 *
 * <p>The value methods return null for a bad cell. For the week and the count null is also a valid
 * value (a month total, a count not reported), so check {@link #allValid()} before using them.
 */
final class RowCells {

    static final long MAX_COUNT = CountValue.MAX_COUNT;
    private static final int MAX_COUNT_DIGITS = String.valueOf(MAX_COUNT).length();

    private static final Pattern WEEK_PREFIX = Pattern.compile("^minggu\\s*");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]*[0-9][0-9.]*");

    private static final Map<String, Category> CATEGORIES_BY_NAME = categoriesByName();
    private static final Map<String, Integer> MONTHS_BY_NAME = monthsByName();
    private static final Map<String, Integer> WEEKS_BY_NAME = Map.of(
            "1", 1, "2", 2, "3", 3, "4", 4,
            "i", 1, "ii", 2, "iii", 3, "iv", 4);

    private static final String NOT_REPORTED = "-";
    /** What a region cell says for a national row in a file with region columns. */
    private static final Set<String> NATIONAL = Set.of("nasional", "national", "indonesia");
    private static final String EMPTY_REGION = "is empty; in a file with region columns every row names its region "
            + "(a code, or a province and regency name), or says 'Nasional' for a national row";

    private static final String UNKNOWN_CATEGORY = "unknown category; expected one of " + Arrays.stream(Category.values())
            .map(category -> category.name() + " (" + category.labelId() + ")")
            .collect(Collectors.joining(", "));
    private static final String BAD_YEAR = "must be an integer from " + Period.FIRST_YEAR + " to " + Period.LAST_YEAR;
    private static final String BAD_MONTH = "must be 1-12 or a month name (Januari … Desember)";
    private static final String BAD_WEEK = "must be 1-4, I-IV or empty for a month total";
    private static final String BAD_COUNT = "must be a whole number ≥ 0, e.g. 1.040.746";
    private static final String BAD_GROUPING = "must be a whole number ≥ 0 with dots between groups of 3 digits, "
            + "e.g. 1.040.746";
    private static final String TOO_LARGE = "too large; at most 1.000.000.000.000";
    private static final String BAD_CODE = "must be a Kemendagri code: 2 digits for a province (32), "
            + "4 for a regency or city (3273 or 32.73), or empty for a national row";

    private final CsvRecord record;
    private final ColumnLayout layout;
    private final List<RowError> errors;
    private final EnumSet<ImportColumn> badColumns = EnumSet.noneOf(ImportColumn.class);

    /** @param errors receives one error per bad cell */
    RowCells(CsvRecord record, ColumnLayout layout, List<RowError> errors) {
        this.record = record;
        this.layout = layout;
        this.errors = errors;
    }

    boolean allValid() {
        return badColumns.isEmpty();
    }

    /** The category, by code ({@code JOB_SEEKER}) or Indonesian label, ignoring case, spaces and underscores. */
    Category category() {
        return read(ImportColumn.CATEGORY, RowCells::category);
    }

    Integer year() {
        return read(ImportColumn.YEAR, RowCells::year);
    }

    /** The month, by number or Indonesian name (Januari, Jan, Agt ...). */
    Integer month() {
        return read(ImportColumn.MONTH, RowCells::month);
    }

    /** The week 1-4 (written 1-4, I-IV, "Minggu II" ...), or null for a month total. */
    Integer week() {
        return read(ImportColumn.WEEK, RowCells::week);
    }

    /** The count (plain digits or with thousands dots), or null when not reported ({@code -} or empty). */
    Long count() {
        return read(ImportColumn.COUNT, RowCells::count);
    }

    private <T> T read(ImportColumn column, CellParser<T> parser) {
        String raw = layout.cell(record, column);
        try {
            return parser.parse(cleaned(raw));
        } catch (InvalidCell e) {
            reject(column, raw, e.getMessage());
            return null;
        }
    }

    private void reject(ImportColumn column, String raw, String message) {
        badColumns.add(column);
        errors.add(new RowError(record.line(), layout.header(column), raw, message));
    }

    /**
     * The canonical code of the row's region, from the {@code Kode Wilayah} cell or from the
     * {@code Provinsi} and {@code Kabupaten/Kota} cells (a regency within the province when both are
     * given), or null for a national row: a file without region columns, or a row whose region cell
     * says {@code Nasional}. A row whose region cells are all empty is an error: a code left out by
     * mistake must not store the row as national. The region
     * must have existed on at least one day of the row's period: it is looked up on the period's
     * first day, and on its last when it did not exist yet on the first.
     *
     * <p>Returns null without an error when the year, month or week was bad (the period is unknown,
     * so validity cannot be checked); check {@link #allValid()} before using the result.
     */
    String region(RegionDirectory regions, Integer year, Integer month, Integer week) {
        String code = cleaned(layout.cell(record, ImportColumn.REGION_CODE));
        String provinceName = cleaned(layout.cell(record, ImportColumn.PROVINCE));
        String regencyName = cleaned(layout.cell(record, ImportColumn.REGENCY));
        ImportColumn first = layout.has(ImportColumn.REGION_CODE) ? ImportColumn.REGION_CODE
                : layout.has(ImportColumn.PROVINCE) ? ImportColumn.PROVINCE : ImportColumn.REGENCY;
        if (NATIONAL.contains(code.toLowerCase(Locale.ROOT)) || NATIONAL.contains(provinceName.toLowerCase(Locale.ROOT))) {
            if (!(code.isEmpty() || NATIONAL.contains(code.toLowerCase(Locale.ROOT)))
                    || !(provinceName.isEmpty() || NATIONAL.contains(provinceName.toLowerCase(Locale.ROOT)))
                    || !regencyName.isEmpty()) {
                return rejectRegionCode(first, "says national and names a region too; give one of them");
            }
            return null;
        }
        if (code.isEmpty() && provinceName.isEmpty() && regencyName.isEmpty()) {
            // no region columns: a national file; with them, an empty row is a mistake until it says otherwise
            return layout.has(ImportColumn.REGION_CODE) || layout.has(ImportColumn.PROVINCE) || layout.has(ImportColumn.REGENCY)
                    ? rejectRegionCode(first, EMPTY_REGION)
                    : null;
        }
        if (badColumns.contains(ImportColumn.YEAR) || badColumns.contains(ImportColumn.MONTH)
                || badColumns.contains(ImportColumn.WEEK)) {
            return null;
        }
        Period period = week == null ? Period.month(year, month) : Period.week(year, month, week);
        RegionEntry coded = null;
        if (!code.isEmpty()) {
            coded = RegionDirectory.canonicalCode(code).isEmpty()
                    ? rejectRegion(ImportColumn.REGION_CODE, BAD_CODE)
                    : resolve(regions, ImportColumn.REGION_CODE, null, null, period);
        }
        RegionEntry province = provinceName.isEmpty() ? null
                : resolve(regions, ImportColumn.PROVINCE, RegionLevel.PROVINCE, null, period);
        RegionEntry named = province;
        if (!regencyName.isEmpty() && (province != null || provinceName.isEmpty())) {
            named = resolve(regions, ImportColumn.REGENCY, RegionLevel.REGENCY, province == null ? null : province.code(), period);
        }
        if (coded != null && named != null && !coded.code().equals(named.code())) {
            badColumns.add(ImportColumn.REGION_CODE);
            errors.add(new RowError(record.line(), null, null, "'" + layout.header(ImportColumn.REGION_CODE) + "' " + code
                    + " is " + coded.label() + " but the names give " + named.label()
                    + "; give the code or the names, or make them agree"));
            return null;
        }
        return coded != null ? coded.code() : named != null ? named.code() : null;
    }

    /**
     * The part of the category the row counts, from its dimension columns (sex, age group,
     * education, occupation): each cell names a code a count is stored under, or says
     * {@code Jumlah} for the total over its dimension; at most {@link Breakdown#MAX_DIMENSIONS}
     * name a code. An empty cell is an error, as an empty region is: a code left out by mistake
     * must not store the row as the total. A file without such columns counts whole categories.
     */
    Breakdown breakdown(CodeListDirectory codeLists) {
        Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
        boolean valid = true;
        for (ImportColumn column : ImportColumn.values()) {
            Dimension dimension = column.dimension();
            if (dimension == null || !layout.has(column)) {
                continue;
            }
            String raw = layout.cell(record, column);
            String text = cleaned(raw);
            if (text.isEmpty()) {
                reject(column, raw, "is empty; in a file with this column every row names a code, or says 'Jumlah' for the total");
                valid = false;
                continue;
            }
            CodeList.Choice choice = codeLists == null ? new CodeList.Choice(null, "cannot be read without the code lists")
                    : codeLists.list(dimension).forStorage(text);
            if (!choice.valid()) {
                reject(column, raw, choice.problem());
                valid = false;
            } else if (choice.code() != null) {
                codes.put(dimension, choice.code());
            }
        }
        if (valid && codes.size() > Breakdown.MAX_DIMENSIONS) {
            errors.add(new RowError(record.line(), null, null, "names codes of " + String.join(", ", codes.keySet().stream()
                    .map(d -> layout.header(columnOf(d))).toList()) + "; a count is broken down by at most "
                    + Breakdown.MAX_DIMENSIONS + " dimensions: write 'Jumlah' in the others"));
            badColumns.add(columnOf(codes.keySet().iterator().next()));
        }
        return Breakdown.of(codes);
    }

    private static ImportColumn columnOf(Dimension dimension) {
        for (ImportColumn column : ImportColumn.values()) {
            if (column.dimension() == dimension) {
                return column;
            }
        }
        throw new IllegalArgumentException("No column holds " + dimension);
    }

    /** The region a cell names, valid on the first or else the last day of the period; null after adding an error. */
    private RegionEntry resolve(RegionDirectory regions, ImportColumn column, RegionLevel level, String parentCode,
            Period period) {
        String raw = layout.cell(record, column);
        try {
            return resolveDuring(regions, cleaned(raw), level, parentCode, period.start(), period.end());
        } catch (RegionNotResolvedException e) {
            return rejectRegion(column, e.getMessage());
        }
    }

    private static RegionEntry resolveDuring(RegionDirectory regions, String text, RegionLevel level, String parentCode,
            LocalDate first, LocalDate last) {
        try {
            return regions.resolve(text, level, parentCode, first);
        } catch (RegionNotResolvedException notOnFirstDay) {
            if (notOnFirstDay.reason() != RegionNotResolvedException.Reason.NOT_VALID) {
                throw notOnFirstDay;
            }
            try {
                return regions.resolve(text, level, parentCode, last);
            } catch (RegionNotResolvedException notOnLastDay) {
                throw notOnFirstDay;
            }
        }
    }

    private String rejectRegionCode(ImportColumn column, String message) {
        rejectRegion(column, message);
        return null;
    }

    private RegionEntry rejectRegion(ImportColumn column, String message) {
        reject(column, layout.cell(record, column), message);
        return null;
    }

    /** Without surrounding spaces, counting the no-break spaces Excel likes to leave. */
    private static String cleaned(String raw) {
        return raw == null ? "" : raw.replace('\u00A0', ' ').strip();
    }

    private static Category category(String cell) throws InvalidCell {
        Category category = CATEGORIES_BY_NAME.get(nameKey(cell));
        if (category == null) {
            throw new InvalidCell(UNKNOWN_CATEGORY);
        }
        return category;
    }

    private static Integer year(String cell) throws InvalidCell {
        int year = smallNumber(cell, BAD_YEAR);
        if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            throw new InvalidCell(BAD_YEAR);
        }
        return year;
    }

    private static Integer month(String cell) throws InvalidCell {
        Integer byName = MONTHS_BY_NAME.get(cell.toLowerCase(Locale.ROOT));
        if (byName != null) {
            return byName;
        }
        int month = smallNumber(cell, BAD_MONTH);
        if (month < 1 || month > 12) {
            throw new InvalidCell(BAD_MONTH);
        }
        return month;
    }

    private static Integer week(String cell) throws InvalidCell {
        if (cell.isEmpty()) {
            return null;
        }
        String withoutPrefix = WEEK_PREFIX.matcher(cell.toLowerCase(Locale.ROOT)).replaceFirst("");
        Integer week = WEEKS_BY_NAME.get(withoutPrefix);
        if (week == null) {
            throw new InvalidCell(BAD_WEEK);
        }
        return week;
    }

    /** {@code "007"} as {@code "7"}, {@code "000"} as {@code "0"}: by hand, as it runs for every row (a regex was compiled each time). */
    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static Long count(String cell) throws InvalidCell {
        if (cell.isEmpty() || cell.equals(NOT_REPORTED)) {
            return null;
        }
        if (!allDigits(cell) && !GROUPED_NUMBER.matcher(cell).matches()) {
            throw new InvalidCell(DIGITS_AND_DOTS.matcher(cell).matches() ? BAD_GROUPING : BAD_COUNT);
        }
        String digits = withoutLeadingZeros(cell.replace(".", ""));
        if (digits.length() > MAX_COUNT_DIGITS) {
            throw new InvalidCell(TOO_LARGE); // and perhaps too large for a long
        }
        long count = Long.parseLong(digits);
        if (count > MAX_COUNT) {
            throw new InvalidCell(TOO_LARGE);
        }
        return count;
    }

    private static int smallNumber(String cell, String message) throws InvalidCell {
        if (cell.isEmpty() || cell.length() > 4 || !allDigits(cell)) {
            throw new InvalidCell(message);
        }
        return Integer.parseInt(cell);
    }

    /** Whether a non-empty cell holds only the digits 0-9: checked by hand, as it runs for several cells of every row. */
    private static boolean allDigits(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case, with runs of spaces and underscores as one space: "Job_Seeker" and "job  seeker"
     * match. By hand rather than with a regex, as it runs for every row.
     */
    private static String nameKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                gap = true;
            } else {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(c);
            }
        }
        return key.toString().strip();
    }

    private static Map<String, Category> categoriesByName() {
        Map<String, Category> byName = new HashMap<>();
        for (Category category : Category.values()) {
            byName.put(nameKey(category.name()), category);
            byName.put(nameKey(category.labelId()), category);
            category.aliasesId().forEach(alias -> byName.put(nameKey(alias), category));
        }
        return Map.copyOf(byName);
    }

    private static Map<String, Integer> monthsByName() {
        List<String> names = List.of("januari", "februari", "maret", "april", "mei", "juni",
                "juli", "agustus", "september", "oktober", "november", "desember");
        Map<String, Integer> byName = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            byName.put(names.get(month - 1), month);
        }
        List<String> abbreviations = List.of("jan", "feb", "mar", "apr", "mei", "jun",
                "jul", "agu", "sep", "okt", "nov", "des");
        for (int month = 1; month <= 12; month++) {
            byName.put(abbreviations.get(month - 1), month);
        }
        byName.put("agt", 8);
        return Map.copyOf(byName);
    }

    /** Parses a cleaned cell, or says what it should have been. */
    @FunctionalInterface
    private interface CellParser<T> {
        T parse(String cell) throws InvalidCell;
    }

    /** A cell that does not hold what its column needs; the message says what is expected. */
    private static final class InvalidCell extends Exception {

        InvalidCell(String message) {
            super(message, null, false, false);
        }
    }
}
