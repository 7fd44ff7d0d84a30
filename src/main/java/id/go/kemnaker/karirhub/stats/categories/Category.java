package id.go.kemnaker.karirhub.stats.categories;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What KarirHub counts. The codes are part of the API and of the database (a CHECK constraint
 * lists them), so a new category needs a migration as well as a constant here.
 */
@Schema(name = "CategoryCode", description = "Code of a category of people KarirHub counts")
public enum Category {

    JOB_SEEKER("Pencari Kerja Aktif", "Active job seekers",
            "Job seekers active on KarirHub in the period; the LAKIP counts them as workers facilitated "
                    + "by labour-market services (tenaga kerja yang difasilitasi)."),
    EMPLOYER("Pemberi Kerja", "Employers",
            "Employers (pemberi kerja) active on KarirHub in the period."),
    PBK_TRAINING("Pelatihan PBK", "PBK training participants",
            "Participants of competency-based training (Pelatihan Berbasis Kompetensi) reached through KarirHub."),
    PRAKERJA_TRAINING("Pelatihan Pra Kerja", "Pre-employment card training participants",
            "Participants of Kartu Prakerja training reached through KarirHub.");

    private final String labelId;
    private final String labelEn;
    private final String description;

    Category(String labelId, String labelEn, String description) {
        this.labelId = labelId;
        this.labelEn = labelEn;
        this.description = description;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    public String description() {
        return description;
    }
}
