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
 * includes it. The last six are the registers' other flows and their stocks ({@link Register}):
 * placements and removals of job seekers, filled and removed vacancies, and what remains of
 * each register at the end of a month; none of them is a service user either. Anything that means "the service users" uses {@link #serviceUsers()}, never
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
                    + "no indicator.", false, Kind.FLOW, "Lowongan"),
    JOB_SEEKER_PLACED("Pencari Kerja Ditempatkan", "Job seekers placed",
            "Registered job seekers placed in a job in the period (penempatan): an outflow of the job-seeker register.",
            false, Kind.FLOW, "Penempatan"),
    JOB_SEEKER_REMOVED("Pencari Kerja Dihapus", "Job seekers removed",
            "Registrations of job seekers removed in the period (dihapus): lapsed (the AK/1 card is valid two years, renewed "
                    + "every six months) or withdrawn; an outflow of the job-seeker register.", false, Kind.FLOW),
    JOB_SEEKERS_REMAINING("Sisa Pencari Kerja", "Job seekers remaining",
            "Job seekers still registered at the end of the month (sisa akhir bulan): the stock of the job-seeker register.",
            false, Kind.STOCK),
    VACANCY_FILLED("Lowongan Dipenuhi", "Vacancies filled",
            "Registered vacancies filled in the period (dipenuhi): an outflow of the vacancy register.", false, Kind.FLOW),
    VACANCY_REMOVED("Lowongan Dihapus", "Vacancies removed",
            "Registered vacancies withdrawn or expired in the period (dihapus): an outflow of the vacancy register.",
            false, Kind.FLOW),
    VACANCIES_REMAINING("Sisa Lowongan", "Vacancies remaining",
            "Vacancies still open at the end of the month (sisa akhir bulan): the stock of the vacancy register.",
            false, Kind.STOCK);

    /**
     * How a category's counts add up over time. A flow counts what happened in a period, so a
     * month is its weeks and a year its months. A stock counts how many there are at the end of a
     * month: it has no weeks, a quarter's or a year's is its last month's, and no sum over time
     * means anything (a cumulative of a stock is refused).
     */
    public enum Kind {
        FLOW,
        STOCK
    }

    private static final Set<Category> SERVICE_USERS = Collections.unmodifiableSet(
            EnumSet.of(JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING));

    private final String labelId;
    private final String labelEn;
    private final String description;
    private final boolean serviceUser;
    private final Kind kind;
    private final List<String> aliasesId;

    Category(String labelId, String labelEn, String description) {
        this(labelId, labelEn, description, true, Kind.FLOW);
    }

    Category(String labelId, String labelEn, String description, boolean serviceUser, Kind kind, String... aliasesId) {
        this.labelId = labelId;
        this.labelEn = labelEn;
        this.description = description;
        this.serviceUser = serviceUser;
        this.kind = kind;
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

    public Kind kind() {
        return kind;
    }

    /** Whether this category counts a stock at the end of each month ({@link Kind#STOCK}). */
    public boolean isStock() {
        return kind == Kind.STOCK;
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
