package id.go.kemnaker.karirhub.stats.problem;

import java.util.Locale;

/**
 * Reads an {@code Accept} header the way RFC 9110 means it, for the few places that must decide
 * before JAX-RS does: the quality a client gives a media type, by the most specific range that
 * names it ({@code text/csv} before {@code text/*} before {@code *}{@code /*}), 0 when no range does
 * or when it is given {@code q=0}.
 */
public final class AcceptHeader {

    private AcceptHeader() {
    }

    /** The quality of {@code type} ({@code application/json}) in {@code header}; 1 when there is no header. */
    public static double quality(String header, String type) {
        if (header == null || header.isBlank()) {
            return 1;
        }
        String[] wanted = type.toLowerCase(Locale.ROOT).split("/", 2);
        double quality = 0;
        int specificity = -1;
        for (String range : header.split(",")) {
            String[] parts = range.trim().split(";");
            String[] named = parts[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (named.length != 2) {
                continue;
            }
            int matches = named[0].equals("*") && named[1].equals("*") ? 0
                    : named[0].equals(wanted[0]) && named[1].equals("*") ? 1
                    : named[0].equals(wanted[0]) && named[1].equals(wanted[1]) ? 2 : -1;
            if (matches > specificity) {
                specificity = matches;
                quality = parameterQuality(parts);
            }
        }
        return quality;
    }

    /**
     * The {@code q} of one media range split at {@code ;} (its parameters after the range): 1 when
     * it has none, 0 when it is not a number.
     */
    public static double parameterQuality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
