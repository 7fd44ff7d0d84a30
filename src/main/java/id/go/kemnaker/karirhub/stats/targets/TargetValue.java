package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetValue")
public record TargetValue(@NotNull(message = "is required") BigDecimal target) {
}
