package id.go.kemnaker.karirhub.stats.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.cells.Source;
import id.go.kemnaker.karirhub.stats.cells.WriteError;
import id.go.kemnaker.karirhub.stats.counts.CountRules;
import id.go.kemnaker.karirhub.stats.counts.CountWriter;
import id.go.kemnaker.karirhub.stats.counts.WriteSummary;
import id.go.kemnaker.karirhub.stats.problem.CsvRejectedException;
import id.go.kemnaker.karirhub.stats.problem.WriteRefusedException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports a CSV file of counts: every row or none, audited under the import's id. Counts imports
 * ({@code karirhub_imports_total{result=stored|rejected}}) and their rows
 * ({@code karirhub_import_rows_total{outcome=created|updated|unchanged|skipped|rejected}}; rejected
 * = lines with an error in a refused file).
 *
 * <p>What only the stored counts can tell is checked by {@link CountWriter} on the import's
 * transaction: a regional breakdown above its parent's count, or a region that did not exist in the
 * period, refuses the file with 422 {@code invalid-csv} naming the lines, as the file is what has
 * to change. A month whose granularity differs from what is stored stays a 409 {@code conflict}
 * naming the lines (as before regions: the stored counts are what is in the way).
 */
@ApplicationScoped
public class ImportService {

    private final CsvCountParser parser;
    private final CountWriter writer;
    private final DataSource dataSource;
    private final MeterRegistry registry;

    ImportService(CsvCountParser parser, CountWriter writer, DataSource dataSource, MeterRegistry registry) {
        this.parser = parser;
        this.writer = writer;
        this.dataSource = dataSource;
        this.registry = registry;
    }

    /** Parses first, outside any transaction, so a bad file never touches the database. */
    public ImportResult importCsv(InputStream body, String fileName, String actor) {
        ParsedImport parsed;
        try {
            parsed = parser.parse(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (parsed.hasErrors()) { // every bad line in one answer: the bad cells, and the good rows that contradict each other
            List<RowError> errors = new ArrayList<>(parsed.errors());
            errors.addAll(lineErrors(CountRules.amongThemselves(parsed.rows())));
            errors.sort(Comparator.comparingInt(RowError::line));
            throw rejected("has problems", "have problems", errors);
        }
        if (parsed.rows().isEmpty() && parsed.skipped() == 0) {
            counted("rejected", 0, 0, 0, 0, 1);
            throw new CsvRejectedException("The file holds no rows; it needs a header row "
                    + "(category,year,month,week,count or kategori,tahun,bulan,minggu,jumlah) and at least one row.",
                    List.of(new RowError(1, null, null, "no header row and no data")));
        }
        ImportResult result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> store(parsed, fileName, actor));
        } catch (WriteRefusedException e) {
            throw rejectedByTheRules(e);
        }
        counted("stored", result.created(), result.updated(), result.unchanged(), result.skipped(), 0);
        return result;
    }

    /**
     * The rules' verdict on the file's rows, as an answer about the file: rows that contradict
     * each other, name a region outside its period, or make a breakdown exceed its parent are
     * line errors (422: the file is what has to change); a month whose granularity differs from
     * what is stored stays a 409 naming the lines (the stored counts are what is in the way).
     */
    private RuntimeException rejectedByTheRules(WriteRefusedException refused) {
        List<WriteError> withinTheFile = refused.errors().stream()
                .filter(error -> error.kind() == WriteError.Kind.DUPLICATE || error.kind() == WriteError.Kind.MIXED_WITHIN
                        || error.kind() == WriteError.Kind.WEEK_OF_STOCK).toList();
        if (!withinTheFile.isEmpty()) {
            return rejected("has problems", "have problems", lineErrors(withinTheFile));
        }
        List<WriteError> regions = refused.of(WriteError.Kind.REGION_NOT_VALID);
        if (!regions.isEmpty()) {
            return rejected("names a region that did not exist in its period", "name a region that did not exist in their period",
                    lineErrors(regions));
        }
        List<WriteError> above = refused.of(WriteError.Kind.ABOVE_PARENT);
        if (!above.isEmpty()) {
            return rejected("would make regional counts add up to more than their parent's count",
                    "would make regional counts add up to more than their parent's count", lineErrors(above));
        }
        return refused;
    }

    private static List<RowError> lineErrors(List<WriteError> errors) {
        return errors.stream().map(error -> new RowError(((Source.Line) error.source()).number(), null, null, error.message()))
                .toList();
    }

    /** A refused file: "3 lines have problems; nothing was stored. ..." */
    private CsvRejectedException rejected(String oneLine, String lines, List<RowError> errors) {
        long badLines = errors.stream().mapToInt(RowError::line).distinct().count();
        counted("rejected", 0, 0, 0, 0, badLines);
        return new CsvRejectedException(badLines + (badLines == 1 ? " line " + oneLine : " lines " + lines)
                + "; nothing was stored. Fix every line listed in errors and import the file again.", errors);
    }

    private void counted(String result, long created, long updated, long unchanged, long skipped, long rejected) {
        registry.counter("karirhub.imports", "result", result).increment();
        registry.counter("karirhub.import.rows", "outcome", "created").increment(created);
        registry.counter("karirhub.import.rows", "outcome", "updated").increment(updated);
        registry.counter("karirhub.import.rows", "outcome", "unchanged").increment(unchanged);
        registry.counter("karirhub.import.rows", "outcome", "skipped").increment(skipped);
        registry.counter("karirhub.import.rows", "outcome", "rejected").increment(rejected);
    }

    private ImportResult store(ParsedImport parsed, String fileName, String actor) {
        UUID importId = UUID.randomUUID();
        WriteSummary summary = writer.locked(actor, "import:" + importId, session -> session.write(parsed.rows()));
        ImportResult result = new ImportResult(importId, summary.created(), summary.updated(), summary.unchanged(),
                parsed.skipped());
        record(result, fileName, actor);
        return result;
    }

    private void record(ImportResult result, String fileName, String actor) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO count_import "
                        + "(id, imported_at, actor, file_name, created, updated, unchanged, skipped) "
                        + "VALUES (?, clock_timestamp(), ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, result.importId());
            insert.setString(2, actor);
            insert.setString(3, fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length())));
            insert.setInt(4, result.created());
            insert.setInt(5, result.updated());
            insert.setInt(6, result.unchanged());
            insert.setInt(7, result.skipped());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the import", e);
        }
    }
}
