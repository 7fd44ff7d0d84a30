package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealisationValue")
public record RealisationValue(
        @NotNull(message = "is required") BigDecimal realisation,
        @NotBlank(message = "is required (what the value rests on)")
        @Size(max = RealisationValue.MAX_EVIDENCE, message = "must be at most 2000 characters")
        @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\p{Cs}]*",
                message = "must not contain control characters (such as NUL) or unpaired surrogates")
        @Schema(pattern = RealisationValue.NO_CONTROL_CHARACTERS)
        String evidence) {

    static final int MAX_EVIDENCE = 2000;

    /**
     * The contract's pattern for the note: the same control characters as {@code @Pattern} refuses, written so that
     * every regex dialect that reads a schema pattern (ECMA-262 as JSON Schema says, Java, Python's re) reads it alike
     * and matches the whole text. Unpaired surrogates, which the server refuses too, have no portable class; the
     * description names them.
     */
    static final String NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";
}
