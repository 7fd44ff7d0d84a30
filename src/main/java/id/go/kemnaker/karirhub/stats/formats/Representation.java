package id.go.kemnaker.karirhub.stats.formats;

import java.util.EnumSet;
import java.util.Set;

/**
 * The formats a read answers in: JSON by default, CSV for spreadsheets, HTML for printing;
 * SDMX-CSV, JSON-LD and Turtle only where a resource offers them. Chosen by the {@code format}
 * query parameter when given, otherwise by the Accept header ({@code web.Negotiation}).
 */
public enum Representation {

    JSON("json", "application/json"),
    CSV("csv", MediaTypes.TEXT_CSV + "; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8"),
    /** SDMX-CSV 2.0.0 for statistical agencies (statistics and series; package sdmx). */
    SDMX_CSV("sdmx-csv", MediaTypes.SDMX_CSV + "; version=2.0.0; charset=UTF-8"),
    /** DCAT as JSON-LD, and as Turtle, for catalogue harvesters (package catalog). */
    JSON_LD("jsonld", MediaTypes.JSON_LD),
    TURTLE("turtle", MediaTypes.TURTLE + "; charset=UTF-8");

    private final String format;
    private final String contentType;

    Representation(String format, String contentType) {
        this.format = format;
        this.contentType = contentType;
    }

    /** The value of the {@code format} parameter that asks for this representation. */
    public String format() {
        return format;
    }

    /** The Content-Type of an answer in this representation. */
    public String contentType() {
        return contentType;
    }

    /**
     * Whether an answer asked for with {@code bom=true} is in the Excel dialect: only CSV and
     * SDMX-CSV (which allows {@code ;} as the separator) have one; the others ignore bom.
     */
    public boolean excel(boolean bom) {
        return bom && (this == CSV || this == SDMX_CSV);
    }

    /** JSON, CSV and HTML: every representation of a table, for endpoints that offer them all. */
    public static Set<Representation> all() {
        return Set.copyOf(EnumSet.of(JSON, CSV, HTML));
    }
}
