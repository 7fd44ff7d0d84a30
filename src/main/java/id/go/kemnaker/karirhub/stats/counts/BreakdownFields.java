package id.go.kemnaker.karirhub.stats.counts;

import java.util.EnumMap;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeList;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;

/**
 * The dimension fields of a write through the API (a batch item's {@code sex}, {@code ageGroup},
 * {@code education}, {@code occupation}, or the same query parameters of a count's path): each
 * absent one is the total over its dimension; a given one must name a code a count is stored
 * under ({@link CodeList#forStorage}), and at most {@link Breakdown#MAX_DIMENSIONS} may.
 */
final class BreakdownFields {

    private BreakdownFields() {
    }

    /**
     * @param prefix what the problem's field names start with: {@code [3].} for a batch item, empty for a path
     * @throws InvalidParameterException naming the first bad field and why
     */
    static Breakdown of(String prefix, CodeListDirectory codeLists, String sex, String ageGroup, String education,
            String occupation) {
        Map<Dimension, String> texts = Dimension.texts(sex, ageGroup, education, occupation);
        Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
        for (Map.Entry<Dimension, String> text : texts.entrySet()) {
            if (text.getValue() == null) {
                continue;
            }
            CodeList.Choice choice = codeLists.list(text.getKey()).forStorage(text.getValue());
            if (!choice.valid()) {
                throw new InvalidParameterException(prefix + text.getKey().parameter(), choice.problem());
            }
            if (choice.code() != null) {
                codes.put(text.getKey(), choice.code());
                if (codes.size() > Breakdown.MAX_DIMENSIONS) {
                    throw new InvalidParameterException(prefix + text.getKey().parameter(), "is a third dimension besides "
                            + String.join(" and ", codes.keySet().stream().filter(d -> d != text.getKey()).map(Dimension::parameter)
                                    .toList()) + "; a count is broken down by at most " + Breakdown.MAX_DIMENSIONS);
                }
            }
        }
        return Breakdown.of(codes);
    }
}
