package id.go.kemnaker.karirhub.stats.dimensions;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The codes of one {@link Dimension} in the order tables print them, with the names, source and
 * international scheme of the list. {@link #resolve} finds the code a file means: by the code,
 * either name or one of the code's spellings, compared as {@link #normalise} writes them.
 */
public final class CodeList {

    private final Dimension dimension;
    private final String nameId;
    private final String nameEn;
    private final String description;
    private final String source;
    private final String internationalScheme;
    private final List<DimensionCode> codes;
    private final Map<String, DimensionCode> byKey;

    /** @throws IllegalStateException when one written form would name two codes */
    public CodeList(Dimension dimension, String nameId, String nameEn, String description, String source,
            String internationalScheme, List<DimensionCode> codes) {
        this.dimension = dimension;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.description = description;
        this.source = source;
        this.internationalScheme = internationalScheme;
        this.codes = List.copyOf(codes);
        Map<String, DimensionCode> keys = new LinkedHashMap<>();
        for (DimensionCode code : this.codes) {
            for (String form : forms(code)) {
                DimensionCode other = keys.putIfAbsent(normalise(form), code);
                if (other != null && other != code) {
                    throw new IllegalStateException("In the code list " + dimension + ", '" + form + "' names both "
                            + other.code() + " and " + code.code());
                }
            }
        }
        this.byKey = Map.copyOf(keys);
    }

    private static List<String> forms(DimensionCode code) {
        return Stream.concat(Stream.of(code.code(), code.nameId(), code.nameEn()),
                code.spellings().stream()).toList();
    }

    /**
     * A text as it is compared with the written forms of the codes: compatibility-normalised
     * (full-width digits, ligatures), lower case, every dash a hyphen, without whitespace and
     * dots, and without a trailing "tahun" (years), so that {@code "20 – 24 Tahun"} is
     * {@code "20-24"} and {@code "Laki - laki"} is {@code "laki-laki"}.
     */
    public static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.') {
                return;
            }
            out.appendCodePoint(Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212' ? '-' : c);
        });
        String key = out.toString();
        return key.endsWith("tahun") ? key.substring(0, key.length() - "tahun".length()) : key;
    }

    /** The code this text names (a code, a name, a spelling), if any. */
    public Optional<DimensionCode> resolve(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(byKey.get(normalise(text)));
    }

    /** The code with exactly this code ({@code SMK}), if any. */
    public Optional<DimensionCode> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Dimension dimension() {
        return dimension;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    public String description() {
        return description;
    }

    public String source() {
        return source;
    }

    public String internationalScheme() {
        return internationalScheme;
    }

    public List<DimensionCode> codes() {
        return codes;
    }
}
