package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.RegionNotValidException;

/**
 * The {@code region} parameter of counts and statistics: Kemendagri codes of provinces or
 * regencies ({@code 32}, {@code 32.73} or {@code 3273}), canonical, each one the directory knows
 * (whatever its validity: a code of 2021 reads the figures of 2021). A 400 names the parameter
 * and the reason otherwise.
 */
public final class RegionQuery {

    private static final String EXPECTED = "must be a Kemendagri region code: 2 digits for a province (32), 4 for a regency "
            + "(32.73 or 3273); GET /api/v1/regions lists them";

    private RegionQuery() {
    }

    private static final String BLANK = "is empty; leave region out for national figures, or give a Kemendagri code "
            + "(32, 32.73)";

    /**
     * One region code, canonical; null when absent (national). Present but blank is a 400: an
     * unset shell variable ({@code region=$REGION}) must not turn a regional write into a national one.
     */
    public static String optionalCode(String parameter, String raw, RegionDirectory directory) {
        if (raw == null) {
            return null;
        }
        if (raw.isBlank()) {
            throw new InvalidParameterException(parameter, BLANK);
        }
        String code = RegionDirectory.canonicalCode(raw).orElseThrow(() -> new InvalidParameterException(parameter,
                EXPECTED + ", got '" + ClientText.abbreviate(raw) + "'"));
        if (directory.find(code).isEmpty()) {
            throw new InvalidParameterException(parameter, "names no region: " + code + " is not a Kemendagri province or "
                    + "regency code; GET /api/v1/regions lists them");
        }
        return code;
    }

    /**
     * One or several codes, comma separated, in the order given; empty when absent. A code given
     * twice, or a province together with one of its regencies (which it already includes), is a 400;
     * so is a blank value, as for {@link #optionalCode}.
     */
    public static List<String> codes(String parameter, String raw, RegionDirectory directory) {
        List<String> codes = new ArrayList<>();
        if (raw == null) {
            return codes;
        }
        if (raw.isBlank()) {
            throw new InvalidParameterException(parameter, BLANK);
        }
        for (String part : raw.split(",", -1)) {
            if (part.isBlank()) {
                throw new InvalidParameterException(parameter, "holds an empty code; separate codes with single commas, "
                        + "such as 32,33");
            }
            String code = optionalCode(parameter, part, directory);
            for (String earlier : codes) {
                if (earlier.equals(code)) {
                    throw new InvalidParameterException(parameter, "names " + code + " twice");
                }
                if (code.startsWith(earlier + ".") || earlier.startsWith(code + ".")) {
                    throw new InvalidParameterException(parameter, "names both " + (code.length() < earlier.length() ? code : earlier)
                            + " and its regency " + (code.length() < earlier.length() ? earlier : code)
                            + ", which the province already includes; give one of them");
                }
            }
            codes.add(code);
        }
        return codes;
    }

    /**
     * {@link #codes}, each of a region that existed on at least one day from {@code from} to
     * {@code to} (see {@link #requireExisted}).
     */
    public static List<String> codesDuring(String parameter, String raw, RegionDirectory directory, LocalDate from,
            LocalDate to) {
        List<String> codes = codes(parameter, raw, directory);
        requireExisted(parameter, codes, directory, from, to);
        return codes;
    }

    /**
     * Refuses a code of a region that did not exist on any day from {@code from} to {@code to}:
     * a read of region 93 (Papua Selatan, from 2022-07-25) for 2021 is about nothing, and is
     * refused as a write for it would be (422 naming the region's validity).
     */
    public static void requireExisted(String parameter, List<String> codes, RegionDirectory directory, LocalDate from,
            LocalDate to) {
        for (String code : codes) {
            RegionEntry region = directory.find(code).orElseThrow();
            if (!region.validDuring(from, to)) {
                throw new RegionNotValidException(parameter, "names " + region.label() + ", which did not exist from " + from
                        + " to " + to + " (" + region.validity() + ")"
                        + (region.replacedBy() != null ? "; its figures continue under " + region.replacedBy() : ""));
            }
        }
    }
}
