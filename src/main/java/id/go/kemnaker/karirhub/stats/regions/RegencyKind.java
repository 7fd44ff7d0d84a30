package id.go.kemnaker.karirhub.stats.regions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The two kinds of second-level region. A kabupaten and a kota can share a name (Kabupaten
 * Bandung 32.04, Kota Bandung 32.73), so the kind is part of how people tell them apart.
 */
@Schema(name = "RegencyKind")
public enum RegencyKind {
    KABUPATEN("Kabupaten"),
    KOTA("Kota");

    private final String prefix;

    RegencyKind(String prefix) {
        this.prefix = prefix;
    }

    /** The word official names start with: {@code Kabupaten Bandung}, {@code Kota Bandung}. */
    public String prefix() {
        return prefix;
    }
}
