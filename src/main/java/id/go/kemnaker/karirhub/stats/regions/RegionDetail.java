package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionDetail", description = "One region with its province and its regencies/cities")
public record RegionDetail(
        @Schema(example = "91") String code,
        @Schema(example = "Papua") String name,
        RegionLevel level,
        @Schema(nullable = true) RegencyKind kind,
        @Schema(nullable = true) LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(example = "94") String bpsCode,
        @Schema(nullable = true) String replacedBy,
        @Schema(description = "The old codes this region had (for a regency that moved to a new province)") List<String> replaces,
        @Schema(description = "The province of a regency; null for a province", nullable = true) RegionView parent,
        @Schema(description = "The day the children are listed for") LocalDate date,
        @Schema(description = "The regencies/cities of a province valid on date, in code order; empty for a regency")
        List<RegionView> children) {

    static RegionDetail of(RegionDirectory directory, RegionEntry entry, LocalDate date) {
        RegionView parent = entry.parentCode() == null ? null : directory.find(entry.parentCode()).map(RegionView::of).orElse(null);
        return new RegionDetail(entry.code(), entry.name(), entry.level(), entry.kind(), entry.validFrom(), entry.validTo(),
                entry.bpsCode(), entry.replacedBy(), directory.predecessors(entry).stream().map(RegionEntry::code).toList(),
                parent, date, directory.children(entry, date).stream().map(RegionView::of).toList());
    }
}
