package id.go.kemnaker.karirhub.stats.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.Source;
import id.go.kemnaker.karirhub.stats.counts.CellWrite;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.cells.Breakdown;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;

/**
 * Reads the CSV files analysts export from Excel to import counts: one row per category, year,
 * month and (optionally) reporting week. It checks every row and reports every problem with its
 * line, so a file can be fixed in one go; storing the rows is the caller's business.
 *
 * <p>The file is read as a stream, one record at a time, so a large upload never sits in memory
 * as text; only the parsed rows and errors are kept.
 *
 * <p>What it accepts, in short:
 * <ul>
 * <li>UTF-8 with or without a byte order mark; CRLF, LF or CR line endings; blank lines ignored
 * (still counted in line numbers).
 * <li>A header naming the columns in English or Indonesian, in any order: {@code category/kategori},
 * {@code year/tahun}, {@code month/bulan}, {@code count/jumlah} and optionally {@code week/minggu}
 * (without it every row is a month total); notes under {@code catatan} (or {@code keterangan}) and
 * a running number under {@code No} are ignored, and any other header is an error naming it.
 * <li>Optionally a region: {@code Kode Wilayah} (or {@code region}, {@code region code}) holding a
 * Kemendagri code ({@code 32}, {@code 3273} or {@code 32.73}), or {@code Provinsi}
 * ({@code province}) and {@code Kabupaten/Kota} ({@code regency}) holding names as people write
 * them ({@code DKI}, {@code Kab. Bandung}); the region must have existed during the row's period.
 * Empty region cells make a national row.
 * <li>{@code ,} or {@code ;} as delimiter, whichever the header uses more; RFC 4180 quotes.
 * <li>Category by code or Indonesian label; month 1-12 or Januari … Desember (or Jan, Agt ...);
 * week 1-4, I-IV, "Minggu II" or empty; count with or without thousands dots (1.040.746);
 * {@code -} or an empty count means "not reported": the row is skipped, not stored.
 * </ul>
 *
 * <p>Stateless: one instance can parse any number of files, concurrently.
 */
@ApplicationScoped
public class CsvCountParser {

    private final RegionDirectory regions;
    private final CodeListDirectory codeLists;

    @Inject
    CsvCountParser(RegionDirectory regions, CodeListDirectory codeLists) {
        this.regions = regions;
        this.codeLists = codeLists;
    }

    /** A parser without the region and code lists, for tests of national files: a row naming a region or a code fails. */
    CsvCountParser() {
        this(null, null);
    }

    /**
     * Parses a whole file. The stream is read to its end (or to a bad header) but not closed.
     *
     * @throws IOException when the stream itself fails; bad content is reported in the result instead
     */
    public ParsedImport parse(InputStream body) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(body);
        CsvRecord header = reader.readHeader();
        if (header == null) {
            return ParsedImport.withoutRows(List.of());
        }
        if (header.problem() != null) {
            return ParsedImport.withoutRows(List.of(header.problem()));
        }
        List<RowError> headerErrors = new ArrayList<>();
        Optional<ColumnLayout> layout = ColumnLayout.of(header, headerErrors);
        if (layout.isEmpty()) {
            return ParsedImport.withoutRows(headerErrors);
        }
        return readRows(reader, layout.get());
    }

    private ParsedImport readRows(CsvRecordReader reader, ColumnLayout layout) throws IOException {
        RowCollector collector = new RowCollector(layout, regions, codeLists);
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            if (!record.isBlank()) {
                collector.add(record);
            }
        }
        return collector.result();
    }

    /** What one parse has gathered so far; lives as long as one call of {@link #parse}. */
    private static final class RowCollector {

        private final ColumnLayout layout;
        private final RegionDirectory regions;
        private final CodeListDirectory codeLists;
        private final List<CellWrite> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private int skipped;

        RowCollector(ColumnLayout layout, RegionDirectory regions, CodeListDirectory codeLists) {
            this.layout = layout;
            this.regions = regions;
            this.codeLists = codeLists;
        }

        void add(CsvRecord record) {
            if (!isWellFormed(record)) {
                return;
            }
            String unnamed = layout.unnamedValue(record);
            if (unnamed != null) {
                errors.add(new RowError(record.line(), null, unnamed, "stands in a column without a header; head the "
                        + "column (a note goes under 'catatan') or clear it"));
                return;
            }
            RowCells cells = new RowCells(record, layout, errors);
            Category category = cells.category();
            Integer year = cells.year();
            Integer month = cells.month();
            Integer week = cells.week();
            Long count = cells.count();
            String region = cells.region(regions, year, month, week);
            Breakdown breakdown = cells.breakdown(codeLists);
            if (!cells.allValid()) {
                return;
            }
            if (count == null) {
                skipped++;
                return;
            }
            // Whether the rows agree with each other and with what is stored is the writer's rules' business.
            rows.add(new CellWrite(new Cell(category, year, month, week, region, breakdown), count, new Source.Line(record.line())));
        }

        /** Whether the record could be read and has as many fields as the header; if not, says why. */
        private boolean isWellFormed(CsvRecord record) {
            if (record.problem() != null) {
                errors.add(record.problem());
                return false;
            }
            if (record.fields().size() != layout.fieldCount()) {
                errors.add(new RowError(record.line(), null, null,
                        "expected " + layout.fieldCount() + " fields, found " + record.fields().size()));
                return false;
            }
            return true;
        }

        ParsedImport result() {
            return new ParsedImport(rows, skipped, errors);
        }
    }
}
