package id.go.kemnaker.karirhub.stats.cache;

import id.go.kemnaker.karirhub.stats.web.Representation;

/**
 * What a read asked for, independent of the data: the resource with its parsed and normalised
 * parameters (so {@code year=2021} and {@code year=02021} are one key), and the representation.
 * With the data version it names one cached answer and makes its ETag.
 */
public record AnswerKey(String request, Representation representation, boolean excel) {

    /** A short, stable fingerprint of the key: the same on every instance and across restarts. */
    String fingerprint() {
        return Integer.toHexString((request + '|' + representation + '|' + excel).hashCode());
    }
}
