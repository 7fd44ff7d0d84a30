package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** validFrom, validTo and date are java.time values: written wholly in META-INF/openapi.yaml (see the README). */
@Schema(name = "RegionDetail")
public record RegionDetail(String code, String name, RegionLevel level, @Schema(nullable = true) RegencyKind kind,
        @Schema(hidden = true) LocalDate validFrom, @Schema(hidden = true) LocalDate validTo, String bpsCode,
        String replacedBy, List<String> replaces, @Schema(nullable = true) RegionView parent,
        @Schema(hidden = true) LocalDate date, List<RegionView> children) {

    static RegionDetail of(RegionDirectory directory, RegionEntry entry, LocalDate date) {
        RegionView parent = entry.parentCode() == null ? null : directory.find(entry.parentCode()).map(RegionView::of).orElse(null);
        return new RegionDetail(entry.code(), entry.name(), entry.level(), entry.kind(), entry.validFrom(), entry.validTo(),
                entry.bpsCode(), entry.replacedBy(), directory.predecessors(entry).stream().map(RegionEntry::code).toList(),
                parent, date, directory.children(entry, date).stream().map(RegionView::of).toList());
    }
}
