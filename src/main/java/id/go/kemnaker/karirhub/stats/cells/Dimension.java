package id.go.kemnaker.karirhub.stats.cells;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A dimension a count can be broken down by, besides its period and region: each has a code list
 * (a code list, stored by migration V13: {@code dimensions.CodeList}) and the name it takes as a query parameter and a
 * JSON field. A count that does not name a dimension is the total over it, as a count without a
 * region is the nation's.
 */
public enum Dimension {

    SEX("sex"),
    AGE_GROUP("ageGroup"),
    EDUCATION("education"),
    OCCUPATION("occupation");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    /** The query parameter and JSON field that name a code of this dimension: {@code ageGroup}. */
    public String parameter() {
        return parameter;
    }

    /** The four fields or parameters as written (null where absent), by dimension, in this order. */
    public static Map<Dimension, String> texts(String sex, String ageGroup, String education, String occupation) {
        Map<Dimension, String> texts = new EnumMap<>(Dimension.class);
        texts.put(SEX, sex);
        texts.put(AGE_GROUP, ageGroup);
        texts.put(EDUCATION, education);
        texts.put(OCCUPATION, occupation);
        return texts;
    }

    /** The dimension with this code-list id ({@code AGE_GROUP}; case as written), if there is one. */
    public static Optional<Dimension> ofId(String id) {
        for (Dimension dimension : values()) {
            if (dimension.name().equals(id)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
