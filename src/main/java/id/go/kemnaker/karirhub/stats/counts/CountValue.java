package id.go.kemnaker.karirhub.stats.counts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountValue")
public record CountValue(
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more")
        @Max(value = CountValue.MAX_COUNT, message = "must be at most 1000000000000") Long count) {

    /**
     * The largest count the service takes (a trillion, far beyond any number of people): sums
     * over every region, week and year stay inside a 64-bit integer, in Java and in SQL.
     */
    public static final long MAX_COUNT = 1_000_000_000_000L;
}
