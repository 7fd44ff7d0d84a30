package id.go.kemnaker.karirhub.stats.indicators;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;

/**
 * The seven performance indicators (Indikator Kinerja Kegiatan, IKK) of Pusat Pasar Kerja in
 * the Renstra 2020-2024, declared in the order of LAKIP 2021 Table 3.1. Two are computed from
 * the KarirHub counts; the planning team reports the other five.
 */
@Schema(name = "IndicatorCode")
public enum Indicator {

    DATA_UTILITY_INDEX("Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga kerja secara real time",
            "Usefulness index of real-time data and information on labour supply and demand",
            Unit.INDEX, Polarity.HIGHER_IS_BETTER, Source.REPORTED, EnumSet.noneOf(Category.class)),
    OPERATIONAL_POC_PERCENT("Persentase Point Of Contact yang operasional terhadap total Point Of Contact",
            "Operational points of contact as a percentage of all points of contact",
            Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Source.REPORTED, EnumSet.noneOf(Category.class)),
    USER_SATISFACTION_INDEX("Indeks Kepuasan Pengguna Layanan Pasar Kerja",
            "Satisfaction index of labour-market service users",
            Unit.INDEX, Polarity.HIGHER_IS_BETTER, Source.REPORTED, EnumSet.noneOf(Category.class)),
    SERVICE_QUALITY_INDEX("Indeks Kualitas Layanan Pasar Kerja",
            "Quality index of labour-market services",
            Unit.INDEX, Polarity.HIGHER_IS_BETTER, Source.REPORTED, EnumSet.noneOf(Category.class)),
    FACILITATED_WORKERS("Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",
            "Workers facilitated by labour-market services",
            Unit.PERSONS, Polarity.HIGHER_IS_BETTER, Source.COMPUTED, EnumSet.of(Category.JOB_SEEKER)),
    SERVICE_USERS("Jumlah Pengguna Layanan Pasar Kerja",
            "Labour-market service users",
            Unit.USERS, Polarity.HIGHER_IS_BETTER, Source.COMPUTED, Category.serviceUsers()),
    /** Named a percentage in the Renstra, but measured in the LAKIP as the number of data-breach reports (0 in 2021). */
    DATA_BREACH_PERCENT("Persentase Penyalahgunaan Data (Zero Based Data Breach)",
            "Data misuse (zero data breach): reported data breaches",
            Unit.REPORTS, Polarity.LOWER_IS_BETTER, Source.REPORTED, EnumSet.noneOf(Category.class));

    private final String nameId;
    private final String nameEn;
    private final Unit unit;
    private final Polarity polarity;
    private final Source source;
    private final Set<Category> categories;

    Indicator(String nameId, String nameEn, Unit unit, Polarity polarity, Source source, Set<Category> categories) {
        if ((source == Source.COMPUTED) == categories.isEmpty()) {
            throw new IllegalArgumentException("A computed indicator adds up categories; a reported one none");
        }
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.unit = unit;
        this.polarity = polarity;
        this.source = source;
        this.categories = Collections.unmodifiableSet(categories);
    }

    /** The name as printed in LAKIP 2021 Table 3.1. */
    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    public Unit unit() {
        return unit;
    }

    public Polarity polarity() {
        return polarity;
    }

    public Source source() {
        return source;
    }

    public boolean isComputed() {
        return source == Source.COMPUTED;
    }

    /** The categories whose counts add up to this indicator; empty for a reported indicator. */
    public Set<Category> categories() {
        return categories;
    }
}
