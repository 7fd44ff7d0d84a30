package id.go.kemnaker.karirhub.stats.categories;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What KarirHub counts. The codes are part of the API and of the database (a CHECK constraint
 * lists them), so a new category needs a migration as well as a constant here.
 *
 * <p>The first four are people who use the labour-market services (IKK 6 adds them up);
 * {@link #VACANCY} is the demand side and counts job openings, not people, so no indicator
 * includes it. Anything that means "the service users" uses {@link #serviceUsers()}, never
 * {@code values()}.
 */
@Schema(name = "CategoryCode")
public enum Category {

    JOB_SEEKER("Pencari Kerja Aktif", "Active job seekers",
            "Job seekers active on KarirHub in the period; the LAKIP counts them as workers facilitated "
                    + "by labour-market services (tenaga kerja yang difasilitasi)."),
    EMPLOYER("Pemberi Kerja", "Employers",
            "Employers (pemberi kerja) active on KarirHub in the period."),
    PBK_TRAINING("Pelatihan PBK", "PBK training participants",
            "Participants of competency-based training (Pelatihan Berbasis Kompetensi) reached through KarirHub."),
    PRAKERJA_TRAINING("Pelatihan Pra Kerja", "Pre-employment card training participants",
            "Participants of Kartu Prakerja training reached through KarirHub."),
    VACANCY("Lowongan Kerja", "Job vacancies",
            "Job vacancies posted on KarirHub in the period (the demand side); not a service user, so it counts towards "
                    + "no indicator.", false, "Lowongan");

    private static final Set<Category> SERVICE_USERS = Collections.unmodifiableSet(
            EnumSet.of(JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING));

    private final String labelId;
    private final String labelEn;
    private final String description;
    private final boolean serviceUser;
    private final List<String> aliasesId;

    Category(String labelId, String labelEn, String description) {
        this(labelId, labelEn, description, true);
    }

    Category(String labelId, String labelEn, String description, boolean serviceUser, String... aliasesId) {
        this.labelId = labelId;
        this.labelEn = labelEn;
        this.description = description;
        this.serviceUser = serviceUser;
        this.aliasesId = List.of(aliasesId);
    }

    /** The four categories of people who use the labour-market services (IKK 6), in the order of LAKIP Table 3.4. */
    public static Set<Category> serviceUsers() {
        return SERVICE_USERS;
    }

    /** Whether this category counts users of the labour-market services (false for vacancies). */
    public boolean isServiceUser() {
        return serviceUser;
    }

    /** Other Indonesian names a spreadsheet may use, such as a column header "Lowongan". */
    public List<String> aliasesId() {
        return aliasesId;
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
