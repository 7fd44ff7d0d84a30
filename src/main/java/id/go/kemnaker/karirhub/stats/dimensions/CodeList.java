package id.go.kemnaker.karirhub.stats.dimensions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import id.go.kemnaker.karirhub.stats.cells.Dimension;

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
    /** The codes no other code adds up into: what a count is stored under. */
    private final List<DimensionCode> levels;
    /** Per group code, the codes that add up into it. */
    private final Map<String, List<String>> members;

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
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (DimensionCode code : this.codes) {
            if (code.rollsUpTo() != null) {
                grouped.computeIfAbsent(code.rollsUpTo(), group -> new ArrayList<>()).add(code.code());
            }
        }
        this.members = Map.copyOf(grouped);
        this.levels = this.codes.stream().filter(code -> !grouped.containsKey(code.code())).toList();
    }

    /**
     * {@link #forStorage}'s answers by text as written: an import of a year of regencies writes the
     * same dozen spellings hundreds of thousands of times. Bounded, as the texts come from outside.
     */
    private final Map<String, Choice> choices = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_TEXTS = 4096;

    /** How a file or a request writes the total over a dimension, as {@link #normalise} writes it. */
    private static final Set<String> TOTAL = Set.of("jumlah", "total", "semua", "_t");

    /**
     * What a count written with this text in the dimension's field or column is stored under: a
     * code without codes below it ({@link #levels()}), or the total over the dimension (the text
     * says {@code Jumlah}, {@code Total}, {@code Semua} or {@code _T}). A group is refused: its
     * count is the sum of its codes, which are stored instead.
     */
    public Choice forStorage(String text) {
        Choice known = choices.get(text);
        if (known != null) {
            return known;
        }
        Choice choice = choose(text);
        if (choices.size() < MAX_REMEMBERED_TEXTS) {
            choices.put(text, choice);
        }
        return choice;
    }

    private Choice choose(String text) {
        String key = normalise(text);
        if (TOTAL.contains(key)) {
            return new Choice(null, null);
        }
        DimensionCode code = byKey.get(key);
        if (code == null) {
            return new Choice(null, "'" + text + "' is not a code of " + dimension + " (" + nameId + "); the codes are "
                    + String.join(", ", levels.stream().map(DimensionCode::code).toList())
                    + " (their names and common spellings too), or 'Jumlah' for the total; see GET /api/v1/code-lists/" + dimension);
        }
        List<String> below = members.get(code.code());
        if (below != null) {
            return new Choice(null, "'" + text + "' names " + code.code() + ", the group of " + String.join(", ", below)
                    + "; a count is stored for each of those (the group is their sum)");
        }
        return new Choice(code.code(), null);
    }

    /**
     * What {@link #forStorage} found: the code to store under, or neither code nor problem for the
     * total over the dimension, or the problem with the text.
     */
    public record Choice(String code, String problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    /** The codes a count is stored under (those no other code adds up into), in the list's order. */
    public List<DimensionCode> levels() {
        return levels;
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

    /**
     * The codes a count of {@code code} adds up: the code itself where counts are stored under it
     * ({@link #levels()}), else the codes of its group, and theirs in turn.
     */
    public List<String> leaves(String code) {
        List<String> below = members.get(code);
        if (below == null) {
            return List.of(code);
        }
        List<String> leaves = new ArrayList<>();
        for (String member : below) {
            leaves.addAll(leaves(member));
        }
        return List.copyOf(leaves);
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
