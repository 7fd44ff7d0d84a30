package id.go.kemnaker.karirhub.stats.regions;

/**
 * A code or name that does not lead to exactly one region valid on the date asked. The message
 * reads after the name of the field that held the text ("region 'Bandung' is ambiguous: ...")
 * and says how to fix it; {@link #reason()} lets the caller pick the status.
 */
public class RegionNotResolvedException extends RuntimeException {

    public enum Reason {
        /** No region has this code or name, at any date. */
        UNKNOWN,
        /** The region exists, but not on the date asked (or not at the level or under the parent asked). */
        NOT_VALID,
        /** Several regions valid on the date fit the name. */
        AMBIGUOUS
    }

    private final Reason reason;

    public RegionNotResolvedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
