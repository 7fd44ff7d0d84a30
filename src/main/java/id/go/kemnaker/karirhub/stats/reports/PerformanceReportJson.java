package id.go.kemnaker.karirhub.stats.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The report as JSON bytes. Its own mapper, configured by nothing else, so the bytes depend on
 * the report alone and can be kept and served again.
 */
public final class PerformanceReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PerformanceReportJson() {
    }

    public static byte[] render(PerformanceReport report) {
        try {
            return MAPPER.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the performance report of " + report.year(), e);
        }
    }
}
