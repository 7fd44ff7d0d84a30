package id.go.kemnaker.karirhub.stats.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report as JSON bytes. Its own mapper, configured by nothing else, so the bytes depend on
 * the report alone and can be kept and served again.
 */
public final class PerformanceReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
