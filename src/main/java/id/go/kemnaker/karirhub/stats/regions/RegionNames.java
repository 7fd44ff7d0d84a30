package id.go.kemnaker.karirhub.stats.regions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads region names the way people write them in spreadsheets and forms. Case, accents, dots,
 * commas, hyphens and spaces do not matter ("Tanjung Balai" = "Tanjungbalai", "Toli-Toli" =
 * "Tolitoli"); a leading {@code Prov.}/{@code Provinsi}, {@code Kab.}/{@code Kabupaten} or
 * {@code Kota} (with an optional {@code Adm.}/{@code Administrasi}) is taken off the name and kept
 * as a hint of the level; {@code Kep.} is {@code Kepulauan}.
 */
final class RegionNames {

    /** What the prefix of a spelling says about the region it names. */
    enum Hint {
        NONE, PROVINCE, KABUPATEN, KOTA
    }

    /** A spelling reduced to its hint and a key that equal names share. */
    record Spelling(Hint hint, String key) {
    }

    /**
     * Short forms of province names in common use, by key. Full names need no entry: they are
     * indexed from the table.
     */
    static final Map<String, String> PROVINCE_SHORT_FORMS = Map.ofEntries(
            Map.entry("nad", "11"), Map.entry("nanggroeacehdarussalam", "11"),
            Map.entry("sumut", "12"), Map.entry("sumbar", "13"), Map.entry("sumsel", "16"),
            Map.entry("babel", "19"), Map.entry("bangkabelitung", "19"),
            Map.entry("kepri", "21"),
            Map.entry("dki", "31"), Map.entry("dkijakarta", "31"), Map.entry("jakarta", "31"),
            Map.entry("dkjakarta", "31"), Map.entry("daerahkhususjakarta", "31"),
            Map.entry("jabar", "32"), Map.entry("jateng", "33"), Map.entry("jatim", "35"),
            Map.entry("diy", "34"), Map.entry("diyogyakarta", "34"), Map.entry("yogyakarta", "34"),
            Map.entry("ntb", "52"), Map.entry("ntt", "53"),
            Map.entry("kalbar", "61"), Map.entry("kalteng", "62"), Map.entry("kalsel", "63"), Map.entry("kaltim", "64"),
            Map.entry("kaltara", "65"),
            Map.entry("sulut", "71"), Map.entry("sulteng", "72"), Map.entry("sulsel", "73"), Map.entry("sultra", "74"),
            Map.entry("sulbar", "76"), Map.entry("malut", "82"));

    private RegionNames() {
    }

    static Spelling parse(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        List<String> words = new ArrayList<>(text.isEmpty() ? List.of() : Arrays.asList(text.split(" ")));
        Hint hint = Hint.NONE;
        if (!words.isEmpty()) {
            hint = switch (words.get(0)) {
                case "provinsi", "propinsi", "prov", "prop" -> Hint.PROVINCE;
                case "kabupaten", "kab" -> Hint.KABUPATEN;
                case "kota" -> Hint.KOTA;
                default -> Hint.NONE;
            };
            if (hint != Hint.NONE) {
                words.remove(0);
            }
            if ((hint == Hint.KABUPATEN || hint == Hint.KOTA) && !words.isEmpty()
                    && List.of("administrasi", "adm", "administratif").contains(words.get(0))) {
                words.remove(0);
            }
        }
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            switch (word) {
                case "kep" -> key.append("kepulauan");
                case "dan" -> { } // "Pangkajene dan Kepulauan" = "Pangkajene Kepulauan"
                default -> key.append(word);
            }
        }
        return new Spelling(hint, key.toString());
    }

    /** Whether {@code entry} is the kind of region that {@code hint} asks for. */
    static boolean fits(Hint hint, RegionEntry entry) {
        return switch (hint) {
            case NONE -> true;
            case PROVINCE -> entry.level() == RegionLevel.PROVINCE;
            case KABUPATEN -> entry.kind() == RegencyKind.KABUPATEN;
            case KOTA -> entry.kind() == RegencyKind.KOTA;
        };
    }
}
