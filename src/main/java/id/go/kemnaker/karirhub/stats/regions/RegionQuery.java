package id.go.kemnaker.karirhub.stats.regions;

import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

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

    /** One region code, canonical; null when absent or blank. */
    public static String optionalCode(String parameter, String raw, RegionDirectory directory) {
        if (raw == null || raw.isBlank()) {
            return null;
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
     * twice, or a province together with one of its regencies (which it already includes), is a 400.
     */
    public static List<String> codes(String parameter, String raw, RegionDirectory directory) {
        List<String> codes = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return codes;
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
}
