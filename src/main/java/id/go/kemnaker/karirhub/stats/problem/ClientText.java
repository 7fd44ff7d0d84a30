package id.go.kemnaker.karirhub.stats.problem;

/**
 * Checks on text a client sent, before it is echoed in an answer or stored. PostgreSQL refuses
 * NUL in text, and an unpaired UTF-16 surrogate has no UTF-8 form (the driver would store '?'
 * in its place), so both are refused at the door rather than half-way through a write.
 */
public final class ClientText {

    private ClientText() {
    }

    /**
     * True when {@code text} has no control character other than tab, line feed and carriage
     * return, and every surrogate is half of a pair.
     */
    public static boolean isPlain(String text) {
        return isPlain(text, true);
    }

    /** Like {@link #isPlain(String)}, without tab and line breaks either: for names and parameters. */
    public static boolean isSingleLine(String text) {
        return isPlain(text, false);
    }

    private static boolean isPlain(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r')) || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Echoes at most 40 characters of what the caller sent, so a huge value cannot bloat the answer. */
    public static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
