package id.go.kemnaker.karirhub.stats.targets;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetValue", description = "The yearly target to set.")
public record TargetValue(
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more")
        @Schema(required = true, minimum = "0", example = "2000000") Long target) {
}
