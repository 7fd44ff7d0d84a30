package id.go.kemnaker.karirhub.stats.categories;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A register of the labour exchange (IPK, Kepdirjen Binapenta KEP.268/PPTK/XII/2012): what comes
 * in during a month, what leaves it, and what remains at its end. Its identity, month by month:
 * {@code opening + registered - placed - removed = closing}, where a month's opening is the
 * previous month's closing. Reports disagree with it in real life; the register balance flags a
 * difference and never corrects it.
 */
public enum Register {

    JOB_SEEKERS("job-seekers", Category.JOB_SEEKER, Category.JOB_SEEKER_PLACED, Category.JOB_SEEKER_REMOVED,
            Category.JOB_SEEKERS_REMAINING, "placed"),
    VACANCIES("vacancies", Category.VACANCY, Category.VACANCY_FILLED, Category.VACANCY_REMOVED,
            Category.VACANCIES_REMAINING, "filled");

    private final String id;
    private final Category registered;
    private final Category taken;
    private final Category removed;
    private final Category remaining;
    private final String takenName;

    Register(String id, Category registered, Category taken, Category removed, Category remaining, String takenName) {
        this.id = id;
        this.registered = registered;
        this.taken = taken;
        this.removed = removed;
        this.remaining = remaining;
        this.takenName = takenName;
    }

    /** How the API names it: {@code job-seekers}, {@code vacancies}. */
    public String id() {
        return id;
    }

    /** The inflow: registrations (job seekers) or vacancies registered in the period. */
    public Category registered() {
        return registered;
    }

    /** The outflow that ends a registration well: placed job seekers, filled vacancies. */
    public Category taken() {
        return taken;
    }

    /** The other outflow: registrations lapsed or withdrawn. */
    public Category removed() {
        return removed;
    }

    /** The stock at the end of each month. */
    public Category remaining() {
        return remaining;
    }

    /** The field and column name of {@link #taken()}: {@code placed} or {@code filled}. */
    public String takenName() {
        return takenName;
    }

    /** Every category of the register, inflow, outflows and stock. */
    public List<Category> categories() {
        return List.of(registered, taken, removed, remaining);
    }

    /** The register with this id, or null. */
    public static Register byId(String id) {
        return Arrays.stream(values()).filter(register -> register.id.equals(id.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    public static String ids() {
        return Arrays.stream(values()).map(Register::id).collect(Collectors.joining(", "));
    }
}
