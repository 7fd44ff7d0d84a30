package id.go.kemnaker.karirhub.stats.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;

/**
 * A rendered answer: the bytes sent for one {@link AnswerKey} at one data version.
 *
 * @param fileName for CSV, the Content-Disposition file name; null otherwise
 */
public record Answer(byte[] body, DataVersion version, String fileName) {

    /** {@code value} written as JSON with {@code mapper}. */
    public static Answer json(ObjectMapper mapper, Object value, DataVersion version) {
        try {
            return new Answer(mapper.writeValueAsBytes(value), version, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the answer as JSON", e);
        }
    }
}
