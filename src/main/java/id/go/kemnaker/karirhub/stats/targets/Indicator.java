package id.go.kemnaker.karirhub.stats.targets;

import java.util.EnumSet;
import java.util.Set;

import id.go.kemnaker.karirhub.stats.categories.Category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The yearly indicators computed from KarirHub counts (IKK 5 and 6 of the LAKIP). */
@Schema(name = "IndicatorCode", description = "FACILITATED_WORKERS (IKK 5, counts JOB_SEEKER) or SERVICE_USERS (IKK 6, counts all categories)")
public enum Indicator {

    FACILITATED_WORKERS("Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",
            "Workers facilitated by labour-market services", EnumSet.of(Category.JOB_SEEKER)),
    SERVICE_USERS("Jumlah Pengguna Layanan Pasar Kerja",
            "Labour-market service users", EnumSet.allOf(Category.class));

    private final String nameId;
    private final String nameEn;
    private final Set<Category> categories;

    Indicator(String nameId, String nameEn, Set<Category> categories) {
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.categories = categories;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The categories whose counts add up to this indicator. */
    public Set<Category> categories() {
        return categories;
    }
}
