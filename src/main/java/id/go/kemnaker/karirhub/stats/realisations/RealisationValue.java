package id.go.kemnaker.karirhub.stats.realisations;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealisationValue", description = "What a reported indicator reached in a year, and the evidence for it.")
public record RealisationValue(
        @NotNull(message = "is required")
        @Schema(required = true, minimum = "0", example = "50",
                description = "In the indicator's unit: 0 or more with at most 4 decimals; a whole number for reports; at most "
                        + "100 for a percent")
        BigDecimal realisation,
        @NotBlank(message = "is required (what the value rests on)")
        @Size(max = RealisationValue.MAX_EVIDENCE, message = "must be at most 2000 characters")
        @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\p{Cs}]*",
                message = "must not contain control characters (such as NUL) or unpaired surrogates")
        @Schema(required = true, maxLength = RealisationValue.MAX_EVIDENCE,
                example = "Survey of 400 respondents, Krejcie-Morgan, 5% error")
        String evidence) {

    static final int MAX_EVIDENCE = 2000;
}
