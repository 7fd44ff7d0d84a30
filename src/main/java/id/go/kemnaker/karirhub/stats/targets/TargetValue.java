package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetValue", description = "The yearly target to set, in the indicator's unit.")
public record TargetValue(
        @NotNull(message = "is required")
        @Schema(required = true, minimum = "0", example = "2000000",
                description = "0 or more, at most 4 decimals; a whole number for persons, users and reports; at most 100 "
                        + "for a percent")
        BigDecimal target) {
}
