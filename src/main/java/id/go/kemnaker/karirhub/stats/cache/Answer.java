package id.go.kemnaker.karirhub.stats.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;

/**
 * A rendered answer: the bytes sent for one {@link AnswerKey} at one data version.
 *
 * @param version the data version the answer reflects (its ETag and Last-Modified)
 * @param fileName for CSV, the Content-Disposition file name; null otherwise
 * @param latest the latest data version the database had when the answer was read: the same
 *        as {@code version}, except for an answer as of an earlier moment
 */
public record Answer(byte[] body, DataVersion version, String fileName, DataVersion latest) {

    /** An answer from the current figures. */
    public Answer(byte[] body, DataVersion version, String fileName) {
        this(body, version, fileName, version);
    }

    /** {@code value} written as JSON with {@code mapper}, from the current figures. */
    public static Answer json(ObjectMapper mapper, Object value, DataVersion version) {
        return json(mapper, value, version, version);
    }

    /** {@code value} written as JSON with {@code mapper}. */
    public static Answer json(ObjectMapper mapper, Object value, DataVersion version, DataVersion latest) {
        try {
            return new Answer(mapper.writeValueAsBytes(value), version, null, latest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the answer as JSON", e);
        }
    }
}
