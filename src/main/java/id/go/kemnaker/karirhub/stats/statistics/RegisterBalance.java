package id.go.kemnaker.karirhub.stats.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Register;

/**
 * A register's balance, month by month, for a year and a place: what it held at the start of each
 * month (the previous month's closing), what came in and went out, and what it held at the end:
 * reported where the stock was reported, else computed from the identity
 * {@code opening + registered - placed - removed} when every part of it is known. Where the stock
 * was reported and every flow too, {@code balanced} says whether they agree and {@code difference}
 * by how much (reported closing minus computed): reports disagree in real life, and the balance
 * says so rather than correcting either side.
 *
 * <p>The outflow that ends a registration well is named after the register: {@code placed} for job
 * seekers, {@code filled} for vacancies (the schemas of META-INF/openapi.yaml).
 */
@Schema(name = "RegisterBalance")
public record RegisterBalance(String registerId, int year, String region, Categories categories, List<Month> months,
        long dataVersion) {

    /**
     * The balance of {@code register}, named by its id as the API names it ({@link Register#id()};
     * {@code registerId}, since a field {@code register} would shadow a method of the models some
     * client generators make, such as pydantic's).
     */
    static RegisterBalance of(Register register, int year, String region, List<Month> months, long dataVersion) {
        return new RegisterBalance(register.id(), year, region, new Categories(register.registered().name(), register.taken().name(),
                register.removed().name(), register.remaining().name(), register.takenName()), months, dataVersion);
    }

    /** The category codes each column comes from. */
    @Schema(name = "RegisterBalanceCategories")
    public record Categories(String registered, String taken, String removed, String remaining, @JsonIgnore String takenName) {

        @JsonAnyGetter
        Map<String, String> named() {
            return Map.of(takenName, taken);
        }

        @JsonIgnore
        public String taken() {
            return taken;
        }
    }

    /** Where a closing figure comes from (written wholly in META-INF/openapi.yaml: a nullable enum). */
    public enum ClosingFrom {
        /** The stock reported for the end of the month. */
        reported,
        /** Opening + registered - outflows, every part known; no stock was reported. */
        computed
    }

    /**
     * One month. Every figure is null where it is not known: a flow not reported, an opening whose
     * previous month has no closing, a closing neither reported nor computable.
     *
     * @param balanced null unless the stock and every part of the identity are known
     * @param complete every flow and the stock reported for the whole month (and, for regions added
     *        up, by every region)
     */
    @Schema(name = "RegisterBalanceMonth")
    public record Month(int month, String period, Long opening, Long registered, @JsonIgnore Long taken, Long removed,
            Long closing, @Schema(hidden = true) ClosingFrom closingFrom, Boolean balanced, Long difference, boolean complete,
            @JsonIgnore String takenName) {

        @JsonAnyGetter
        Map<String, Long> named() {
            Map<String, Long> named = new HashMap<>();
            named.put(takenName, taken);
            return named;
        }

        @JsonIgnore
        public Long taken() {
            return taken;
        }
    }
}
