package id.go.kemnaker.karirhub.stats.events;

import java.util.Optional;

import id.go.kemnaker.karirhub.stats.categories.Category;

/**
 * What a KarirHub event says happened, and the category of the statistics it counts in. Names
 * are part of the event contract (asyncapi.yaml) and the routing keys of the broker.
 */
public enum EventType {

    JOB_SEEKER_REGISTERED(Category.JOB_SEEKER),
    JOB_SEEKER_PLACED(Category.JOB_SEEKER_PLACED),
    JOB_SEEKER_REMOVED(Category.JOB_SEEKER_REMOVED),
    EMPLOYER_REGISTERED(Category.EMPLOYER),
    /** Counts its openings. */
    VACANCY_POSTED(Category.VACANCY),
    /** Counts its openings. */
    VACANCY_FILLED(Category.VACANCY_FILLED),
    /** Counts its openings. */
    VACANCY_REMOVED(Category.VACANCY_REMOVED),
    /** PBK_TRAINING or PRAKERJA_TRAINING, as its program says. */
    TRAINING_ENROLLED(null);

    private final Category category;

    EventType(Category category) {
        this.category = category;
    }

    /** Whether the event carries {@code openings} (a vacancy's number of places). */
    public boolean hasOpenings() {
        return this == VACANCY_POSTED || this == VACANCY_FILLED || this == VACANCY_REMOVED;
    }

    /** Whether the event names a training program. */
    public boolean hasProgram() {
        return this == TRAINING_ENROLLED;
    }

    /** The category counted; for a training enrolment, that of its program. */
    public Category category(Program program) {
        return category != null ? category : program.category();
    }

    /** The type with this exact name. */
    public static Optional<EventType> of(String name) {
        for (EventType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The training programs a TRAINING_ENROLLED event names. */
    public enum Program {
        PBK(Category.PBK_TRAINING),
        PRAKERJA(Category.PRAKERJA_TRAINING);

        private final Category category;

        Program(Category category) {
            this.category = category;
        }

        public Category category() {
            return category;
        }

        public static Optional<Program> of(String name) {
            for (Program program : values()) {
                if (program.name().equals(name)) {
                    return Optional.of(program);
                }
            }
            return Optional.empty();
        }
    }
}
