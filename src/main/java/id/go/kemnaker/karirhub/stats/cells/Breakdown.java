package id.go.kemnaker.karirhub.stats.cells;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Which part of a total a cell counts: a code of up to {@link #MAX_DIMENSIONS} dimensions (sex,
 * age group, education, occupation), each absent (null) meaning the total over that dimension, as
 * an absent region means the nation. {@link #TOTAL} names none: the count of the whole category,
 * as every count before the dimensions was. Codes are the code lists' own ({@code P},
 * {@code 20-24}, {@code SMK}, {@code 7}), checked against them where a write comes in.
 */
public record Breakdown(String sex, String ageGroup, String education, String occupation) {

    /** At most two dimensions per cell: the tables of the ministry's IPK standard cross two at most (sex by education). */
    public static final int MAX_DIMENSIONS = 2;

    public static final Breakdown TOTAL = new Breakdown(null, null, null, null);

    /** The breakdown with these codes (a dimension not in the map: its total). */
    public static Breakdown of(Map<Dimension, String> codes) {
        if (codes.isEmpty()) {
            return TOTAL;
        }
        return new Breakdown(codes.get(Dimension.SEX), codes.get(Dimension.AGE_GROUP), codes.get(Dimension.EDUCATION),
                codes.get(Dimension.OCCUPATION));
    }

    public boolean isTotal() {
        return sex == null && ageGroup == null && education == null && occupation == null;
    }

    /** The code of {@code dimension}, or null for its total. */
    public String code(Dimension dimension) {
        return switch (dimension) {
            case SEX -> sex;
            case AGE_GROUP -> ageGroup;
            case EDUCATION -> education;
            case OCCUPATION -> occupation;
        };
    }

    /** The dimensions this breakdown names a code of, in the order of {@link Dimension}. */
    public Set<Dimension> dimensions() {
        Set<Dimension> named = EnumSet.noneOf(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            if (code(dimension) != null) {
                named.add(dimension);
            }
        }
        return named;
    }

    /** The same breakdown with {@code dimension} set to {@code code} (null: its total). */
    public Breakdown with(Dimension dimension, String code) {
        Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
        for (Dimension named : dimensions()) {
            codes.put(named, code(named));
        }
        if (code == null) {
            codes.remove(dimension);
        } else {
            codes.put(dimension, code);
        }
        return of(codes);
    }

    /** For messages: {@code sex P, education SMK}; empty for the total. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Dimension dimension : dimensions()) {
            parts.add(dimension.parameter() + " " + code(dimension));
        }
        return String.join(", ", parts);
    }
}
