package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A province or regency/city under its Kemendagri code, with its validity")
public record RegionView(
        @Schema(description = "Kemendagri code: 2 digits for a province, 2.2 for a regency or city", example = "32.73") String code,
        @Schema(description = "Official name (Kemendagri)", example = "Kota Bandung") String name,
        RegionLevel level,
        @Schema(description = "KABUPATEN or KOTA for a regency; null for a province", nullable = true) RegencyKind kind,
        @Schema(description = "Code of the province of a regency; null for a province", example = "32", nullable = true)
        String parentCode,
        @Schema(description = "First day the code is valid (included); null: already in the 2021 list", nullable = true,
                example = "2022-07-25") LocalDate validFrom,
        @Schema(description = "Last day the code is valid (included); null: still valid", nullable = true) LocalDate validTo,
        @Schema(description = "BPS (Statistics Indonesia) code: the Kemendagri code without the dot for most regions, "
                + "different for many regencies and for the Papua provinces", example = "3273") String bpsCode,
        @Schema(description = "For an old code: the code the same region has now", nullable = true) String replacedBy) {

    static RegionView of(RegionEntry entry) {
        return new RegionView(entry.code(), entry.name(), entry.level(), entry.kind(), entry.parentCode(), entry.validFrom(),
                entry.validTo(), entry.bpsCode(), entry.replacedBy());
    }
}
