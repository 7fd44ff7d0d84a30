package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import id.go.kemnaker.karirhub.stats.database.Fingerprint;
import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.regions.RegionNames.Spelling;
import id.go.kemnaker.karirhub.stats.regions.RegionNotResolvedException.Reason;
import id.go.kemnaker.karirhub.stats.periods.Period;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Every region of the {@code region} table, in memory, with the lookups the rest of the service
 * needs: by code (with or without the dot: {@code 3273} = {@code 32.73}), by name as people write
 * it (see {@link RegionNames}), and by validity on a date.
 *
 * <p>The table changes only through migrations, so it is read once, at start-up (or on the first
 * lookup, whichever comes first) and never again: lookups are map reads, cheap enough for every
 * line of a CSV import, and need no transaction. {@link #version()} fingerprints the list, for
 * ETags that stay the same until a migration changes it.
 */
@ApplicationScoped
public class RegionDirectory {

    /** The loaded list: entries in code order, the same by code, by name key, and a fingerprint. */
    private record Snapshot(List<RegionEntry> entries, Map<String, RegionEntry> byCode,
            Map<String, List<RegionEntry>> byName, String version) {
    }

    private final RegionRepository repository;
    private volatile Snapshot snapshot;

    RegionDirectory(RegionRepository repository) {
        this.repository = repository;
    }

    void load(@Observes StartupEvent event) {
        snapshot();
    }

    /** Today in Jakarta: the default date of every lookup. */
    public static LocalDate today() {
        return LocalDate.now(Period.REPORTING_ZONE); // a day in Jakarta, where the ministry reports
    }

    /**
     * The canonical code ({@code 32}, {@code 32.73}) of a text shaped like a code ({@code 32},
     * {@code 3273}, {@code 32.73}, spaces around allowed), or empty when it is not one.
     */
    public static Optional<String> canonicalCode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        // by hand rather than with a pattern: an import calls this for every row
        String text = raw.strip();
        return switch (text.length()) {
            case 2 -> digits(text, 0, 2) ? Optional.of(text) : Optional.empty();
            case 4 -> digits(text, 0, 4) ? Optional.of(text.substring(0, 2) + "." + text.substring(2)) : Optional.empty();
            case 5 -> text.charAt(2) == '.' && digits(text, 0, 2) && digits(text, 3, 5) ? Optional.of(text) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The region with this code (either form), whatever its validity. */
    public Optional<RegionEntry> find(String code) {
        return canonicalCode(code).map(snapshot().byCode()::get);
    }

    /**
     * The regions valid on {@code date}, in code order: of one level (null: both), under one
     * province (null: anywhere).
     */
    public List<RegionEntry> list(RegionLevel level, String parentCode, LocalDate date) {
        return snapshot().entries().stream()
                .filter(entry -> level == null || entry.level() == level)
                .filter(entry -> parentCode == null || parentCode.equals(entry.parentCode()))
                .filter(entry -> entry.validOn(date))
                .toList();
    }

    /**
     * The regions valid on at least one day of {@code from}..{@code to}, in code order: of one
     * level (null: both), under one province (null: anywhere). For a year of 2022 that is both
     * Papua's old regency codes and their new ones.
     */
    public List<RegionEntry> during(RegionLevel level, String parentCode, LocalDate from, LocalDate to) {
        return snapshot().entries().stream()
                .filter(entry -> level == null || entry.level() == level)
                .filter(entry -> parentCode == null || parentCode.equals(entry.parentCode()))
                .filter(entry -> entry.validDuring(from, to))
                .toList();
    }

    /** The regencies of a province valid on {@code date}, in code order; none for a regency. */
    public List<RegionEntry> children(RegionEntry region, LocalDate date) {
        return region.level() == RegionLevel.PROVINCE ? list(RegionLevel.REGENCY, region.code(), date) : List.of();
    }

    /** The old codes this region replaced (Kabupaten Merauke 93.01 replaced 91.01), in code order. */
    public List<RegionEntry> predecessors(RegionEntry region) {
        return snapshot().entries().stream().filter(entry -> region.code().equals(entry.replacedBy())).toList();
    }

    /**
     * The one region valid on {@code date} that {@code text} names: a code in either form, or a
     * name as people write it ({@code Kab. Bandung}, {@code kota  bandung}, {@code DIY},
     * {@code D.I. Yogyakarta}, {@code NTB}).
     *
     * @param level only regions of this level (null: both), as for a column "Provinsi"
     * @param parentCode only regencies of this province (null: any), as for a column
     *        "Kabupaten/Kota" next to a column "Provinsi"
     * @throws RegionNotResolvedException when no region or several regions fit, or the one that
     *         fits is not valid on {@code date}; its message says which and how to write it instead
     */
    public RegionEntry resolve(String text, RegionLevel level, String parentCode, LocalDate date) {
        String shown = text == null ? "" : text.strip();
        if (shown.isEmpty()) {
            throw new RegionNotResolvedException(Reason.UNKNOWN, "is empty; give a Kemendagri code (32, 32.73) or a name");
        }
        if (!ClientText.isSingleLine(shown)) { // "Jawa\0Barat" would otherwise read as "Jawa Barat"
            throw new RegionNotResolvedException(Reason.UNKNOWN, "contains a control character (such as NUL); write the "
                    + "name or code in plain text");
        }
        Optional<String> code = canonicalCode(shown);
        return code.isPresent() ? byCode(shown, code.get(), level, parentCode, date) : byName(shown, level, parentCode, date);
    }

    /** {@link #resolve(String, RegionLevel, String, LocalDate) resolve} at any level and under any province. */
    public RegionEntry resolve(String text, LocalDate date) {
        return resolve(text, null, null, date);
    }

    /**
     * A fingerprint of the whole list (codes, names, validity, BPS codes): the same on every
     * instance, changing only when a migration changes the table.
     */
    public String version() {
        return snapshot().version();
    }

    private RegionEntry byCode(String shown, String code, RegionLevel level, String parentCode, LocalDate date) {
        RegionEntry entry = snapshot().byCode().get(code);
        if (entry == null) {
            throw new RegionNotResolvedException(Reason.UNKNOWN, "'" + ClientText.abbreviate(shown) + "' is not a Kemendagri region code"
                    + (code.length() == 2 ? " (provinces are 11 to 96)" : ""));
        }
        if (level != null && entry.level() != level) {
            throw new RegionNotResolvedException(Reason.NOT_VALID, "'" + ClientText.abbreviate(shown) + "' is " + entry.label()
                    + ", a " + entry.level().parameter() + ", not a " + level.parameter());
        }
        if (parentCode != null && !parentCode.equals(entry.parentCode())) {
            throw new RegionNotResolvedException(Reason.NOT_VALID, "'" + ClientText.abbreviate(shown) + "' is " + entry.label()
                    + ", which is not in province " + parentCode);
        }
        if (!entry.validOn(date)) {
            throw new RegionNotResolvedException(Reason.NOT_VALID, notValid(entry, date));
        }
        return entry;
    }

    private RegionEntry byName(String shown, RegionLevel level, String parentCode, LocalDate date) {
        Spelling spelling = RegionNames.parse(shown);
        List<RegionEntry> spelled = snapshot().byName().getOrDefault(spelling.key(), List.of()).stream()
                .filter(entry -> RegionNames.fits(spelling.hint(), entry))
                .toList();
        if (spelled.isEmpty()) {
            throw new RegionNotResolvedException(Reason.UNKNOWN, "'" + ClientText.abbreviate(shown)
                    + "' is not the name of a region; give the Kemendagri code or the official name");
        }
        List<RegionEntry> named = spelled.stream()
                .filter(entry -> level == null || entry.level() == level)
                .filter(entry -> parentCode == null || parentCode.equals(entry.parentCode()))
                .toList();
        if (named.isEmpty()) {
            RegionEntry other = spelled.get(0);
            throw new RegionNotResolvedException(Reason.NOT_VALID, "'" + ClientText.abbreviate(shown) + "' is " + other.label()
                    + (level != null && other.level() != level ? ", a " + other.level().parameter() + ", not a " + level.parameter()
                            : ", which is not in province " + parentCode));
        }
        List<RegionEntry> valid = named.stream().filter(entry -> entry.validOn(date)).toList();
        if (valid.isEmpty()) {
            throw new RegionNotResolvedException(Reason.NOT_VALID, notValid(named.get(0), date));
        }
        if (valid.size() > 1) {
            throw new RegionNotResolvedException(Reason.AMBIGUOUS, "'" + ClientText.abbreviate(shown) + "' is ambiguous: it names "
                    + valid.stream().map(RegionEntry::label).collect(Collectors.joining(" and "))
                    + "; write " + valid.stream().map(entry -> "'" + unambiguousName(entry) + "'").collect(Collectors.joining(" or "))
                    + ", or give the code");
        }
        return valid.get(0);
    }

    /** "93.01 (Kabupaten Merauke) is valid from 2022-07-25, not on 2021-06-30; on that date use 91.01". */
    private String notValid(RegionEntry entry, LocalDate date) {
        String message = entry.label() + " is " + entry.validity() + ", not on " + date;
        List<String> then = predecessors(entry).stream().filter(old -> old.validOn(date)).map(RegionEntry::code).toList();
        if (!then.isEmpty()) {
            message += "; on that date its code was " + String.join(", ", then);
        } else if (entry.replacedBy() != null) {
            message += "; use " + entry.replacedBy();
        }
        return message;
    }

    private static String unambiguousName(RegionEntry entry) {
        return entry.level() == RegionLevel.PROVINCE ? "Provinsi " + entry.name() : entry.name();
    }

    private Snapshot snapshot() {
        Snapshot loaded = snapshot;
        if (loaded == null) {
            synchronized (this) {
                loaded = snapshot;
                if (loaded == null) {
                    loaded = read();
                    snapshot = loaded;
                }
            }
        }
        return loaded;
    }

    private Snapshot read() {
        List<RegionEntry> entries = QuarkusTransaction.requiringNew()
                .call(() -> repository.listInCodeOrder().stream().map(RegionEntry::of).toList());
        Map<String, RegionEntry> byCode = new LinkedHashMap<>();
        Map<String, List<RegionEntry>> byName = new LinkedHashMap<>();
        StringBuilder fingerprint = new StringBuilder();
        for (RegionEntry entry : entries) {
            byCode.put(entry.code(), entry);
            index(byName, RegionNames.parse(entry.name()).key(), entry);
            fingerprint.append(entry).append('\n');
        }
        RegionNames.PROVINCE_SHORT_FORMS.forEach((key, code) -> {
            RegionEntry province = byCode.get(code);
            if (province != null) {
                index(byName, key, province);
            }
        });
        Map<String, List<RegionEntry>> frozen = new LinkedHashMap<>();
        byName.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return new Snapshot(List.copyOf(entries), Map.copyOf(byCode), Map.copyOf(frozen), Fingerprint.of(fingerprint.toString()));
    }

    private static void index(Map<String, List<RegionEntry>> byName, String key, RegionEntry entry) {
        List<RegionEntry> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }
}
