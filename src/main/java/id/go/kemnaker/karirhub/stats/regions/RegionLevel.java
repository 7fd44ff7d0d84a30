package id.go.kemnaker.karirhub.stats.regions;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two levels of the regional breakdown; written in lower case in the API (level=province). */
@Schema(name = "RegionLevel")
public enum RegionLevel {
    PROVINCE,
    REGENCY;

    /** The name used in parameters and answers: {@code province}, {@code regency}. */
    @JsonValue
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
