package id.go.kemnaker.karirhub.stats.statistics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeList;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.dimensions.DimensionCode;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

/**
 * The dimension filters of a read ({@code sex=P}, {@code ageGroup=15-24}, {@code education=SMK},
 * {@code occupation=7}): the answer counts only the parts with those codes. A code may be a
 * group (15-24, a BPS education group): its parts are added up. At most two at once, as parts are
 * stored along two dimensions at most.
 */
public record DimensionFilter(Map<Dimension, DimensionCode> codes) {

    public static final DimensionFilter NONE = new DimensionFilter(Map.of());

    /** The four parameters, any of them absent; a text no code list knows is a 400 naming the parameter. */
    public static DimensionFilter parse(CodeListDirectory lists, String sex, String ageGroup, String education, String occupation) {
        Map<Dimension, DimensionCode> codes = new EnumMap<>(Dimension.class);
        for (Map.Entry<Dimension, String> entry : Dimension.texts(sex, ageGroup, education, occupation).entrySet()) {
            String text = entry.getValue();
            if (text == null || text.isBlank()) {
                continue;
            }
            Dimension dimension = entry.getKey();
            CodeList list = lists.list(dimension);
            DimensionCode code = list.resolve(text.strip()).orElseThrow(() -> new InvalidParameterException(dimension.parameter(),
                    "'" + ClientText.abbreviate(text) + "' is not a code of " + dimension + "; the codes are "
                            + String.join(", ", list.codes().stream().map(DimensionCode::code).toList())
                            + " (their names and common spellings too); see GET /api/v1/code-lists/" + dimension));
            if (codes.size() == Breakdown.MAX_DIMENSIONS) {
                throw new InvalidParameterException(dimension.parameter(), "is a third dimension filter besides "
                        + String.join(" and ", codes.keySet().stream().map(Dimension::parameter).toList()) + "; at most "
                        + Breakdown.MAX_DIMENSIONS + " at once (parts are stored along two dimensions at most)");
            }
            codes.put(dimension, code);
        }
        return new DimensionFilter(codes);
    }

    public boolean isEmpty() {
        return codes.isEmpty();
    }

    /** The part of a request key that names the filter: empty without one, so that keys and ETags stay as they were. */
    public String key() {
        StringBuilder key = new StringBuilder();
        codes.forEach((dimension, code) -> key.append('&').append(dimension.parameter()).append('=').append(code.code()));
        return key.toString();
    }

    /**
     * What a download's file name adds for the filter: {@code -sex-P}, {@code -ageGroup-15-24};
     * empty without one, so that the whole's files keep their names. A character a file name
     * should not carry becomes {@code _}.
     */
    public String fileSuffix() {
        StringBuilder suffix = new StringBuilder();
        codes.forEach((dimension, code) -> suffix.append('-').append(dimension.parameter()).append('-')
                .append(code.code().replaceAll("[^A-Za-z0-9.+-]", "_")));
        return suffix.toString();
    }

    /** Per dimension, the codes whose parts are added up: the code itself, or the codes of its group. */
    public Map<Dimension, List<String>> leaves(CodeListDirectory lists) {
        Map<Dimension, List<String>> leaves = new LinkedHashMap<>();
        codes.forEach((dimension, code) -> leaves.put(dimension, lists.list(dimension).leaves(code.code())));
        return leaves;
    }

    /**
     * The one place a filtered read is of (null: the nation), or a 400 naming {@code region}:
     * parts are stored for one place each, so several regions are not added up with a filter.
     */
    public static String place(Area area) {
        if (area.national()) {
            return null;
        }
        if (area.regions().size() != 1) {
            throw new InvalidParameterException("region", "names " + area.regions().size() + " regions; with a dimension filter "
                    + "(sex, ageGroup, education, occupation) give one region, or none for the nation");
        }
        return area.regions().get(0);
    }
}
