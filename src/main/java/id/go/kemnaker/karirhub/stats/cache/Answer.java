package id.go.kemnaker.karirhub.stats.cache;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;

/**
 * A rendered answer: the bytes sent for one {@link AnswerKey} at one data version.
 *
 * @param fileName for CSV, the Content-Disposition file name; null otherwise
 */
public record Answer(byte[] body, DataVersion version, String fileName) {
}
