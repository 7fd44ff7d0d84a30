package id.go.kemnaker.karirhub.stats.dimensions;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.database.Fingerprint;

/**
 * The code lists of the dimensions, read once at start-up: they change only through migrations.
 * Start-up fails when the stored lists are not those of {@link Dimension}, or when one written
 * form names two codes of a list. {@link #version()} fingerprints them, for ETags.
 */
@ApplicationScoped
public class CodeListDirectory {

    private record Snapshot(Map<Dimension, CodeList> lists, String version) {
    }

    private final DataSource dataSource;
    private Snapshot snapshot;

    CodeListDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Once, when the bean is made (the container makes it once, on one thread). */
    @PostConstruct
    void read() {
        snapshot = readSnapshot();
    }

    /** Makes the bean at start-up, so that a list that cannot be read stops the start, not a request. */
    void load(@Observes StartupEvent event) {
        version();
    }

    /** Every list, in the order of {@link Dimension}. */
    public List<CodeList> lists() {
        return List.copyOf(snapshot.lists().values());
    }

    public CodeList list(Dimension dimension) {
        return snapshot.lists().get(dimension);
    }

    /** The list with this id ({@code EDUCATION}), if there is one. */
    public Optional<CodeList> list(String id) {
        return Dimension.ofId(id).map(this::list);
    }

    /** A fingerprint of every list (codes, names, validity, spellings): the same on every instance. */
    public String version() {
        return snapshot.version();
    }

    private Snapshot readSnapshot() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, Map<String, List<String>>> spellings = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT list_id, code, spelling FROM code_list_spelling ORDER BY spelling")) {
                while (rows.next()) {
                    spellings.computeIfAbsent(rows.getString(1), id -> new LinkedHashMap<>())
                            .computeIfAbsent(rows.getString(2), code -> new ArrayList<>()).add(rows.getString(3));
                }
            }
            Map<String, List<DimensionCode>> codes = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT list_id, code, name_id, name_en, rolls_up_to, international_code, valid_from, valid_to
                      FROM code_list_code ORDER BY list_id, position""")) {
                while (rows.next()) {
                    String list = rows.getString(1);
                    String code = rows.getString(2);
                    codes.computeIfAbsent(list, id -> new ArrayList<>()).add(new DimensionCode(code, rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), day(rows.getDate(7)), day(rows.getDate(8)),
                            spellings.getOrDefault(list, Map.of()).getOrDefault(code, List.of())));
                }
            }
            Map<Dimension, CodeList> lists = new EnumMap<>(Dimension.class);
            StringBuilder fingerprint = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT id, name_id, name_en, description, source, international_scheme FROM code_list ORDER BY position""")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    Dimension dimension = Dimension.ofId(id)
                            .orElseThrow(() -> new IllegalStateException("The code list " + id + " is stored but no Dimension names it"));
                    CodeList list = new CodeList(dimension, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), codes.getOrDefault(id, List.of()));
                    lists.put(dimension, list);
                    fingerprint.append(id).append(list.codes()).append('\n');
                }
            }
            if (lists.size() != Dimension.values().length) {
                throw new IllegalStateException("Code lists stored: " + lists.keySet() + "; expected one for each of "
                        + List.of(Dimension.values()));
            }
            return new Snapshot(lists, Fingerprint.of(fingerprint.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the code lists", e);
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
