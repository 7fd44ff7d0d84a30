package id.go.kemnaker.karirhub.stats.figures;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;

/**
 * A result computed from one read, with the data version it reflects and the latest version at
 * the time of the read (the same, unless read as of an earlier moment): what an answer's ETag,
 * Last-Modified and cache need besides the result.
 */
public record Versioned<T>(T value, DataVersion version, DataVersion latest) {

    /** {@code value}, computed from {@code figures}. */
    public static <T> Versioned<T> of(T value, FigureSnapshot figures) {
        return new Versioned<>(value, figures.version(), figures.latest());
    }

    /** {@code value}, computed from {@code read}. */
    public static <T> Versioned<T> of(T value, FigureRead read) {
        return new Versioned<>(value, read.version(), read.latest());
    }
}
