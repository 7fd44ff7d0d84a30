package id.go.kemnaker.karirhub.stats.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

/** Which {@link Representation} a read answers in, from its {@code format} and {@code bom} parameters and its Accept header. */
public final class Negotiation {

    private Negotiation() {
    }

    /** {@link #choose(String, List, Set)} with the request's acceptable media types. */
    public static Representation choose(String format, HttpHeaders headers, Set<Representation> offered) {
        return choose(format, headers.getAcceptableMediaTypes(), offered);
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
            return offered.stream().filter(r -> r.format().equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("format", "must be one of "
                            + offered.stream().sorted().map(Representation::format).collect(Collectors.joining(", "))
                            + ", got '" + ClientText.abbreviate(format) + "'"));
        }
        if (acceptable.isEmpty()) {
            return offered.contains(Representation.JSON) ? Representation.JSON : offered.iterator().next();
        }
        for (MediaType type : acceptable) {
            if (refused(type)) {
                continue;
            }
            if (type.isWildcardType()) {
                return offered.contains(Representation.JSON) ? Representation.JSON : offered.iterator().next();
            }
            for (Representation candidate : Representation.values()) {
                if (offered.contains(candidate) && answers(candidate, type)) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException();
    }

    /** Whether the answer is in the Excel dialect: {@code bom=true} (true or false when given) with CSV or SDMX-CSV. */
    public static boolean excel(Representation representation, String bom) {
        return representation.excel(RequestParameters.flag("bom", bom));
    }

    /** Whether an answer in {@code representation} is of the acceptable {@code type} (its SDMX version included). */
    private static boolean answers(Representation representation, MediaType type) {
        if (!type.isCompatible(MediaType.valueOf(representation.contentType()))) {
            return false;
        }
        String version = type.getParameters().get("version");
        return representation != Representation.SDMX_CSV || version == null || version.trim().equals("2.0.0")
                || version.trim().equals("2.0");
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
}
