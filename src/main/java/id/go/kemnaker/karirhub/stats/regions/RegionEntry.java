package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;

/**
 * One region as the {@link RegionDirectory} holds it: an immutable copy of a {@link Region} row,
 * safe to share between threads and to keep for the life of the service.
 *
 * @param code Kemendagri code with the dot ({@code 32}, {@code 32.73})
 * @param kind null for a province
 * @param parentCode null for a province
 * @param validFrom first valid day; null: already in the 2021 list
 * @param validTo last valid day; null: still valid
 * @param bpsCode the BPS code: the stored one where it differs, else the code without the dot
 * @param replacedBy for an old code, the code the region has now; null otherwise
 */
public record RegionEntry(String code, String name, RegionLevel level, RegencyKind kind, String parentCode,
        LocalDate validFrom, LocalDate validTo, String bpsCode, String replacedBy) {

    static RegionEntry of(Region row) {
        return new RegionEntry(row.code, row.name, row.level, row.kind, row.parentCode, row.validFrom, row.validTo,
                row.bpsCode != null ? row.bpsCode : row.code.replace(".", ""), row.replacedBy);
    }

    /** Whether the code is valid on {@code date} (both ends of the validity included). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether the code is valid on at least one day of {@code from}..{@code to}. */
    public boolean validDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || !to.isBefore(validFrom)) && (validTo == null || !from.isAfter(validTo));
    }

    /** "Kota Bandung (32.73)": how messages name a region. */
    public String label() {
        return name + " (" + code + ")";
    }

    /** "valid from 2022-07-25", "valid until 2022-07-24", "valid since before 2021": for messages. */
    public String validity() {
        if (validFrom == null && validTo == null) {
            return "valid since before 2021 and still valid";
        }
        if (validTo == null) {
            return "valid from " + validFrom;
        }
        return (validFrom == null ? "valid until " : "valid from " + validFrom + " until ") + validTo
                + (replacedBy == null ? "" : ", then replaced by " + replacedBy);
    }
}
