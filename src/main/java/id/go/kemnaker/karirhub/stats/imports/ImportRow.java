package id.go.kemnaker.karirhub.stats.imports;

import id.go.kemnaker.karirhub.stats.categories.Category;

/**
 * One reported count read from an import file, checked and ready to store.
 *
 * @param line physical line of the file the row starts on, for messages about it later
 * @param week reporting week 1-4 (Minggu I-IV), or null for a month total
 * @param count the number reported; rows whose count was not reported are never returned
 */
public record ImportRow(int line, Category category, int year, int month, Integer week, long count) {
}
