package id.go.kemnaker.karirhub.stats.imports;

import id.go.kemnaker.karirhub.stats.categories.Category;

/**
 * One reported count read from an import file, checked and ready to store.
 *
 * @param line physical line of the file the row starts on, for messages about it later
 * @param week reporting week 1-4 (Minggu I-IV), or null for a month total
 * @param count the number reported; rows whose count was not reported are never returned
 * @param region canonical Kemendagri code ({@code 32}, {@code 32.73}) of a region that existed
 *        in the row's period, or null for a national row
 */
public record ImportRow(int line, Category category, int year, int month, Integer week, long count, String region) {

    /** A national row. */
    public ImportRow(int line, Category category, int year, int month, Integer week, long count) {
        this(line, category, year, month, week, count, null);
    }
}
