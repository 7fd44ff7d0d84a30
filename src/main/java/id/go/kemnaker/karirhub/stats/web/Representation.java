package id.go.kemnaker.karirhub.stats.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ClientText;

/**
 * The formats a read answers in: JSON by default, CSV for spreadsheets, HTML for printing;
 * SDMX-CSV, JSON-LD and Turtle only where a resource offers them.
 * Chosen by the {@code format} query parameter when given, otherwise by the Accept header.
 */
public enum Representation {

    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", "text/csv; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8"),
    /** SDMX-CSV 2.0.0 for statistical agencies (statistics and series; package sdmx). */
    SDMX_CSV("sdmx-csv", ApiDocumentation.SDMX_CSV + "; version=2.0.0; charset=UTF-8"),
    /** DCAT as JSON-LD, and as Turtle, for catalogue harvesters (package catalog). */
    JSON_LD("jsonld", ApiDocumentation.JSON_LD),
    TURTLE("turtle", ApiDocumentation.TURTLE + "; charset=UTF-8");

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
     * The representation to answer in: {@code format} wins when given; otherwise the first of the
     * acceptable media types (most preferred first, as JAX-RS sorts them) that one of
     * {@code offered} matches, JSON for a wildcard. A type with {@code q=0} is one the client
     * refuses, and an SDMX-CSV type asks for version 2.0.0 if it names a version; when nothing
     * acceptable is offered the answer is 406.
     */
    public static Representation choose(String format, List<MediaType> acceptable, Set<Representation> offered) {
        if (format != null && !format.isBlank()) {
            String wanted = format.trim().toLowerCase(Locale.ROOT);
            return offered.stream().filter(r -> r.format.equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("format", "must be one of "
                            + offered.stream().sorted().map(Representation::format).collect(Collectors.joining(", "))
                            + ", got '" + ClientText.abbreviate(format) + "'"));
        }
        if (acceptable.isEmpty()) {
            return offered.contains(JSON) ? JSON : offered.iterator().next();
        }
        for (MediaType type : acceptable) {
            if (refused(type)) {
                continue;
            }
            if (type.isWildcardType()) {
                return offered.contains(JSON) ? JSON : offered.iterator().next();
            }
            for (Representation candidate : values()) {
                if (offered.contains(candidate) && candidate.answers(type)) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException();
    }

    /** Whether an answer in this representation is of the acceptable {@code type} (its SDMX version included). */
    private boolean answers(MediaType type) {
        if (!type.isCompatible(MediaType.valueOf(contentType))) {
            return false;
        }
        String version = type.getParameters().get("version");
        return this != SDMX_CSV || version == null || version.trim().equals("2.0.0") || version.trim().equals("2.0");
    }

    /** {@code q=0}: "not acceptable" (RFC 9110 12.4.2). */
    private static boolean refused(MediaType type) {
        String q = type.getParameters().get("q");
        if (q == null) {
            return false;
        }
        try {
            return Double.parseDouble(q.trim()) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether the answer is in the Excel dialect: {@code bom=true} with CSV or SDMX-CSV (which
     * allows {@code ;} as the separator). For the other
     * representations bom is accepted (it must still be true or false) and ignored.
     */
    public boolean excel(String bom) {
        return RequestParameters.flag("bom", bom) && (this == CSV || this == SDMX_CSV);
    }

    /** JSON, CSV and HTML: every representation of a table, for endpoints that offer them all. */
    public static Set<Representation> all() {
        return Set.copyOf(EnumSet.of(JSON, CSV, HTML));
    }
}
