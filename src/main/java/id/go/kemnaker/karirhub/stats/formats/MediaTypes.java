package id.go.kemnaker.karirhub.stats.formats;

/** The media types of the answers that JAX-RS has no constant for. */
public final class MediaTypes {

    public static final String TEXT_CSV = "text/csv";
    /** SDMX-CSV, the data message of the SDMX 3.0 standard. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv";
    public static final String JSON_LD = "application/ld+json";
    public static final String TURTLE = "text/turtle";

    private MediaTypes() {
    }
}
