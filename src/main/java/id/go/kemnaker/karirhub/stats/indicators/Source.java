package id.go.kemnaker.karirhub.stats.indicators;

/** Where the realisation of an indicator comes from. */
public enum Source {

    /** Added up from the KarirHub counts; nobody enters it. */
    COMPUTED("computed"),
    /** Entered by the planning team from surveys and records, with a note of the evidence. */
    REPORTED("reported");

    private final String code;

    Source(String code) {
        this.code = code;
    }

    /** The name used in the API: computed or reported. */
    public String code() {
        return code;
    }
}
