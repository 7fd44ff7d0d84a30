package id.go.kemnaker.karirhub.stats.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.counts.BreakdownAboveParentException;
import id.go.kemnaker.karirhub.stats.counts.CountKey;
import id.go.kemnaker.karirhub.stats.counts.CountWriter;
import id.go.kemnaker.karirhub.stats.counts.CountWriter.CountWrite;
import id.go.kemnaker.karirhub.stats.counts.WriteSummary;
import id.go.kemnaker.karirhub.stats.problem.CsvRejectedException;
import id.go.kemnaker.karirhub.stats.problem.UnprocessableCountsException;
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

    /** How a write names its line in the writer's errors: {@code "line 7"}. */
    private static final String LINE_SOURCE = "line ";

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
        if (parsed.hasErrors()) {
            long badLines = parsed.errors().stream().mapToInt(RowError::line).distinct().count();
            counted("rejected", 0, 0, 0, 0, badLines);
            throw new CsvRejectedException(badLines + (badLines == 1 ? " line has" : " lines have")
                    + " problems; nothing was stored. Fix every line listed in errors and import the file again.",
                    parsed.errors());
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
        } catch (BreakdownAboveParentException e) {
            throw rejectedByWriter("would make regional counts add up to more than their parent's count", e.errors());
        } catch (UnprocessableCountsException e) {
            throw rejectedByWriter("name a region that did not exist in their period", e.errors());
        }
        counted("stored", result.created(), result.updated(), result.unchanged(), result.skipped(), 0);
        return result;
    }

    /** The writer's per-write errors ({@code {item: "line 7", message}}) as line errors of a refused file. */
    private CsvRejectedException rejectedByWriter(String what, List<?> writeErrors) {
        List<RowError> errors = writeErrors.stream()
                .map(error -> (Map<?, ?>) error)
                .map(error -> new RowError(lineOf(String.valueOf(error.get("item"))), null, null, String.valueOf(error.get("message"))))
                .toList();
        long badLines = errors.stream().mapToInt(RowError::line).distinct().count();
        counted("rejected", 0, 0, 0, 0, badLines);
        return new CsvRejectedException(badLines + (badLines == 1 ? " line " : " lines ") + what
                + "; nothing was stored. Fix every line listed in errors and import the file again.", errors);
    }

    /** The line number of a write's source, {@code "line 7"} (see {@link #store}). */
    private static int lineOf(String source) {
        return Integer.parseInt(source.substring(LINE_SOURCE.length()));
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
        List<CountWrite> writes = parsed.rows().stream()
                .map(row -> new CountWrite(new CountKey(row.category(), row.year(), row.month(), row.week(), row.region()), row.count(),
                        LINE_SOURCE + row.line()))
                .toList();
        WriteSummary summary = writer.locked(actor, "import:" + importId, session -> session.write(writes));
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
