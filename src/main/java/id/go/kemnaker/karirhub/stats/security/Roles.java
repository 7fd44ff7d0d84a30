package id.go.kemnaker.karirhub.stats.security;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {

    /** Writes and deletes counts, runs imports. */
    public static final String DATA_OFFICER = "data-officer";
    /** Sets targets. */
    public static final String PLANNER = "planner";
    /** Publishes KarirHub events over HTTP ({@code POST /api/v1/events}), for systems without the broker. */
    public static final String EVENT_PUBLISHER = "event-publisher";
    /** Reads the audit trail (it names people, so it is not public). */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
