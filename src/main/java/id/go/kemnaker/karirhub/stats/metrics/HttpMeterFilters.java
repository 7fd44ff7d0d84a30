package id.go.kemnaker.karirhub.stats.metrics;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps the {@code uri} tag of the HTTP server meters a route template. A request the HTTP codec
 * gave up on while reading its body (a malformed chunk size: Vert.x closes the connection, the
 * status is {@code RESET}) never reached a route, so Micrometer tagged it with its raw path; a
 * client sending such requests to random paths filled the 200 uri tags allowed, after which new
 * routes were no longer recorded. Those are counted under one value, {@code UNKNOWN}, as Micrometer
 * does for refused 4xx requests.
 */
@Singleton
class HttpMeterFilters {

    @Produces
    @Singleton
    MeterFilter resetRequestsWithoutPath() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().equals("http.server.requests") || !"RESET".equals(id.getTag("status"))
                        || "UNKNOWN".equals(id.getTag("uri"))) {
                    return id;
                }
                List<Tag> tags = new ArrayList<>();
                for (Tag tag : id.getTagsAsIterable()) {
                    tags.add(tag.getKey().equals("uri") ? Tag.of("uri", "UNKNOWN") : tag);
                }
                return id.replaceTags(tags);
            }
        };
    }
}
