package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** validFrom and validTo are java.time values: written wholly in META-INF/openapi.yaml (see the README). */
@Schema(name = "Region")
public record RegionView(String code, String name, RegionLevel level, @Schema(nullable = true) RegencyKind kind,
        String parentCode, @Schema(hidden = true) LocalDate validFrom, @Schema(hidden = true) LocalDate validTo, String bpsCode,
        String replacedBy) {

    static RegionView of(RegionEntry entry) {
        return new RegionView(entry.code(), entry.name(), entry.level(), entry.kind(), entry.parentCode(), entry.validFrom(),
                entry.validTo(), entry.bpsCode(), entry.replacedBy());
    }
}
