package id.go.kemnaker.karirhub.stats.dimensions;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One code of a {@link CodeList}: its names, the group it adds up into ({@code rollsUpTo}, a code
 * of the same list; null for a code at the top, and the codes at the top partition the
 * population), the code of the list's international scheme where there is one, its validity
 * (null: no bound), and the further spellings a file may use for it. Also its JSON form: validFrom
 * and validTo are java.time values, written wholly in META-INF/openapi.yaml.
 */
@Schema(name = "DimensionCode")
public record DimensionCode(String code, String nameId, String nameEn, String rollsUpTo, String internationalCode,
        @Schema(hidden = true) LocalDate validFrom, @Schema(hidden = true) LocalDate validTo, List<String> spellings) {

    public DimensionCode {
        spellings = List.copyOf(spellings);
    }

    /** Whether the code may be used on this day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
