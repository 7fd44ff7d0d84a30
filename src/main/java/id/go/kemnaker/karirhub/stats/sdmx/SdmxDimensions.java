package id.go.kemnaker.karirhub.stats.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.DimensionCode;

/**
 * The four dimensions of a part in SDMX-CSV, in column order: SEX, AGE, EDU, OCU (the ILOSTAT
 * names). SEX and AGE carry the SDMX cross-domain codes (CL_SEX: M, F; CL_AGE: Y15T19, Y_GE60);
 * EDU and OCU the service's own codes (SMK, S1; KBJI 2014 major groups 0-9), because ISCED 2011
 * has one level for SMA and SMK and none for BPS's groups; each code names its ISCED level or
 * ISCO-08 major group in the structure ({@link SdmxStructure}).
 */
public final class SdmxDimensions {

    /** The total over a dimension. */
    public static final String TOTAL = SdmxStructure.TOTAL;
    /** What no code of a dimension accounts for: the unallocated rest of a whole. */
    public static final String UNALLOCATED = "_U";
    /** Every dimension at its total: the observation of a whole. */
    public static final List<String> TOTALS = List.of(TOTAL, TOTAL, TOTAL, TOTAL);
    /** The column of each dimension. */
    public static final List<String> COLUMNS = List.of("SEX", "AGE", "EDU", "OCU");

    private SdmxDimensions() {
    }

    /** The column of {@code dimension}. */
    public static String column(Dimension dimension) {
        return COLUMNS.get(dimension.ordinal());
    }

    /** The SDMX code of a code of the service's list of {@code dimension}. */
    public static String code(Dimension dimension, DimensionCode code) {
        return switch (dimension) {
            case SEX, AGE_GROUP -> code.internationalCode();
            case EDUCATION, OCCUPATION -> code.code();
        };
    }


    /** The four codes of an observation of the parts {@code codes} names; {@code _T} where it names none. */
    public static List<String> codes(Map<Dimension, DimensionCode> codes) {
        List<String> row = new ArrayList<>(TOTALS);
        codes.forEach((dimension, code) -> row.set(dimension.ordinal(), code(dimension, code)));
        return row;
    }
}
