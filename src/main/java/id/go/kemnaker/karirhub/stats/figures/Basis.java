package id.go.kemnaker.karirhub.stats.figures;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

/**
 * Which figures a read answers with: those data officers reported ({@link #OFFICIAL}), those
 * KarirHub's events counted ({@link #LIVE}, provisional), or the reported figure wherever there
 * is one and the live one elsewhere ({@link #BEST}, the default: a week not reported yet shows
 * what events counted, marked provisional). Where no event counted anything in the years read,
 * all three are the official figures.
 */
public enum Basis {
    OFFICIAL, LIVE, BEST;

    /** The parameter's value: {@code official}, {@code live}, {@code best}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The {@code basis} parameter: official, live or best, any case; absent means best; else a 400 naming it. */
    public static Basis parse(String raw) {
        if (raw == null) {
            return BEST;
        }
        for (Basis basis : values()) {
            if (basis.id().equalsIgnoreCase(raw.trim())) {
                return basis;
            }
        }
        throw new InvalidParameterException("basis", "must be official, live or best, got '" + ClientText.abbreviate(raw) + "'");
    }
}
