package id.go.kemnaker.karirhub.stats.imports;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.Source;
import id.go.kemnaker.karirhub.stats.counts.CellWrite;

class CsvCountParserTest {

    private static final String HEADER = "category,year,month,week,count\n";

    private final CsvCountParser parser = new CsvCountParser();

    // --- Header -------------------------------------------------------------------------------------

    @Test
    void readsEnglishHeaderAndRows() {
        ParsedImport result = parse(HEADER
                + "JOB_SEEKER,2021,1,1,3770\n"
                + "EMPLOYER,2021,1,,120\n");

        assertClean(result);
        assertEquals(List.of(
                new ImportRow(2, Category.JOB_SEEKER, 2021, 1, 1, 3770),
                new ImportRow(3, Category.EMPLOYER, 2021, 1, null, 120)), rows(result));
        assertEquals(0, result.skipped());
    }

    @Test
    void acceptsIndonesianHeadersInAnyOrder() {
        ParsedImport result = parse("jumlah,minggu,bulan,tahun,kategori\n"
                + "1.040.746,II,Maret,2021,Pencari Kerja Aktif\n");

        assertClean(result);
        assertEquals(List.of(new ImportRow(2, Category.JOB_SEEKER, 2021, 3, 2, 1_040_746)), rows(result));
    }

    @Test
    void acceptsEnglishAndIndonesianHeadersMixed() {
        ParsedImport result = parse("Kategori,year,BULAN,week,Jumlah\nEMPLOYER,2022,12,4,7\n");

        assertClean(result);
        assertEquals(List.of(new ImportRow(2, Category.EMPLOYER, 2022, 12, 4, 7)), rows(result));
    }

    @Test
    void matchesHeadersIgnoringCaseAndSurroundingSpaces() {
        ParsedImport result = parse(" CATEGORY ,Year,  month,\"Count \"\nEMPLOYER,2022,12,7\n");

        assertClean(result);
        assertEquals(1, rows(result).size());
    }

    @Test
    void ignoresTheNoteAndContextColumnsItKnows() {
        ParsedImport result = parse("No,satker,category,year,month,count,keterangan,catatan\n"
                + "1,Pusat Pasar Kerja,PBK_TRAINING,2021,6,15,from the LAKIP,revisi\n");

        assertClean(result);
        assertEquals(List.of(new ImportRow(2, Category.PBK_TRAINING, 2021, 6, null, 15)), rows(result));
    }

    @Test
    void refusesAColumnItDoesNotKnowNamingIt() {
        ParsedImport result = parse("category,year,month,count,Kode Wilyah\nPBK_TRAINING,2021,6,15,32\n");

        assertTrue(rows(result).isEmpty());
        assertEquals(1, result.errors().size());
        assertEquals(1, result.errors().get(0).line());
        assertEquals("Kode Wilyah", result.errors().get(0).column());
        assertTrue(result.errors().get(0).message().startsWith("is not a column the import knows"), result.errors().get(0).message());
    }

    @Test
    void matchesHeadersAsPeopleWriteThemButNotLookAlikeLetters() {
        for (String header : List.of("JUMLAH", "Jumlah\u00A0", "\u200Bjumlah", "jumlah\uFEFF", "\u00A0Jumlah\u202F", "Count")) {
            ParsedImport result = parse("kategori,tahun,bulan," + header + "\nPBK_TRAINING,2021,6,15\n");
            assertClean(result);
            assertEquals(List.of(new ImportRow(2, Category.PBK_TRAINING, 2021, 6, null, 15)), rows(result), header);
        }
        ParsedImport cyrillic = parse("kategori,tahun,bulan,jumlah,Kat\u0435gori\nPBK_TRAINING,2021,6,15,x\n");
        assertTrue(rows(cyrillic).isEmpty());
        assertEquals("Kat\u0435gori", cyrillic.errors().get(0).column());
        assertTrue(cyrillic.errors().get(0).message().contains("U+0435 CYRILLIC SMALL LETTER IE"), cyrillic.errors().get(0).message());
        ParsedImport withNul = parse("kategori,tahun,bulan,jum\u0000lah\nPBK_TRAINING,2021,6,15\n");
        assertTrue(rows(withNul).isEmpty());
        assertTrue(withNul.errors().get(0).message().contains("U+0000"), withNul.errors().get(0).message());
    }

    @Test
    void allowsAColumnWithoutHeaderOnlyWhileItIsEmpty() {
        ParsedImport trailing = parse("category;year;month;count;;\nEMPLOYER;2021;1;5;;\n");
        assertClean(trailing);
        assertEquals(1, rows(trailing).size());

        ParsedImport filled = parse("category;year;month;count;\nEMPLOYER;2021;1;5;32\n");
        assertTrue(rows(filled).isEmpty());
        assertEquals(2, filled.errors().get(0).line());
        assertEquals("32", filled.errors().get(0).value());
        assertTrue(filled.errors().get(0).message().contains("column without a header"), filled.errors().get(0).message());
    }

    @Test
    void treatsEveryRowAsMonthTotalWithoutWeekColumn() {
        ParsedImport result = parse("category,year,month,count\nJOB_SEEKER,2021,1,5\nJOB_SEEKER,2021,2,6\n");

        assertClean(result);
        assertTrue(rows(result).stream().allMatch(row -> row.week() == null));
    }

    @Test
    void reportsEveryMissingRequiredColumnOnTheHeaderLine() {
        ParsedImport result = parse("category,year,week\nJOB_SEEKER,2021,1\n");

        assertEquals(List.of(
                new RowError(1, null, null, "missing column 'month' (or 'bulan')"),
                new RowError(1, null, null, "missing column 'count' (or 'jumlah')")), result.errors());
        assertEquals(List.of(), rows(result));
    }

    @Test
    void rejectsColumnGivenTwiceUnderEitherName() {
        ParsedImport result = parse("category,year,month,count,Kategori\nJOB_SEEKER,2021,1,5,JOB_SEEKER\n");

        assertEquals(List.of(new RowError(1, "Kategori", null, "same column as 'category'; give each column once")),
                result.errors());
        assertEquals(List.of(), rows(result));
    }

    @Test
    void reportsHeaderProblemsOnTheLineTheHeaderIsOn() {
        ParsedImport result = parse("\n\ncategory,year,month\n");

        assertEquals(List.of(new RowError(3, null, null, "missing column 'count' (or 'jumlah')")), result.errors());
    }

    // --- Delimiter, encoding, lines -----------------------------------------------------------------

    @Test
    void detectsSemicolonDelimiter() {
        ParsedImport result = parse("kategori;tahun;bulan;minggu;jumlah\n"
                + "Pencari Kerja Aktif;2021;Januari;I;1.040.746\n"
                + "Pemberi Kerja;2021;Januari;I;\"12,5\"\n");

        assertEquals(List.of(new ImportRow(2, Category.JOB_SEEKER, 2021, 1, 1, 1_040_746)), rows(result));
        assertEquals(List.of(new RowError(3, "jumlah", "12,5", "must be a whole number ≥ 0, e.g. 1.040.746")),
                result.errors());
    }

    @Test
    void choosesTheDelimiterThatOccursMoreOftenInTheHeader() {
        // each file's last header holds the other delimiter: it is named whole, so the file was split on the right one
        ParsedImport semicolons = parse("category;year;month;count;note, with, commas\nEMPLOYER;2021;1;5;a, b\n");
        ParsedImport commas = parse("category,year,month,count,remarks; notes\nEMPLOYER,2021,1,5,a; b\n");

        assertEquals(List.of("note, with, commas"), semicolons.errors().stream().map(RowError::column).toList());
        assertEquals(List.of("remarks; notes"), commas.errors().stream().map(RowError::column).toList());
        assertClean(parse("category;year;month;count;catatan\nEMPLOYER;2021;1;5;a, b\n"));
    }

    @Test
    void ignoresDelimitersInsideQuotesWhenDetecting() {
        ParsedImport result = parse("\"a;b;c;d;e;f\",category,year,month,count\nx,EMPLOYER,2021,1,5\n");

        assertEquals(List.of("a;b;c;d;e;f"), result.errors().stream().map(RowError::column).toList());
    }

    @Test
    void stripsByteOrderMark() {
        ParsedImport result = parse("\uFEFFcategory,year,month,count\nEMPLOYER,2021,1,5\n");

        assertClean(result);
        assertEquals(1, rows(result).size());
    }

    @Test
    void acceptsCrLfLfAndLoneCrLineEndings() {
        ParsedImport result = parse("category,year,month,count\r\n"
                + "JOB_SEEKER,2021,1,5\r"
                + "EMPLOYER,2021,1,6\n"
                + "PBK_TRAINING,2021,1,7\r\n"
                + "\r\n"
                + "PRAKERJA_TRAINING,2021,1,8\r\n");

        assertClean(result);
        assertEquals(List.of(2, 3, 4, 6), lines(result));
    }

    @Test
    void acceptsMissingFinalNewline() {
        ParsedImport result = parse("category,year,month,count\nEMPLOYER,2021,1,5");

        assertClean(result);
        assertEquals(List.of(new ImportRow(2, Category.EMPLOYER, 2021, 1, null, 5)), rows(result));
    }

    @Test
    void ignoresBlankLinesButCountsThemForLineNumbers() {
        ParsedImport result = parse("\ncategory,year,month,count\n\n   \nJOB_SEEKER,2021,1,5\n\nEMPLOYER,2021,1,x\n\n");

        assertEquals(List.of(5), lines(result));
        assertEquals(7, result.errors().get(0).line());
    }

    @Test
    void ignoresRowsOfEmptyCellsThatExcelLeavesBehind() {
        ParsedImport result = parse("kategori;tahun;bulan;jumlah\nPemberi Kerja;2021;1;5\n;;;\n;;\n ; ; ; \n");

        assertClean(result);
        assertEquals(1, rows(result).size());
    }

    @Test
    void readsQuotedFieldsWithDelimitersAndEscapedQuotes() {
        ParsedImport result = parse("category,year,month,count,note\n"
                + "\"Pemberi Kerja\",\"2021\",\"1\",\"1.234\",\"a \"\"quoted\"\" word, and a comma\"\n"
                + "\"\",2021,2,5,x\n");

        assertEquals(List.of(new ImportRow(2, Category.EMPLOYER, 2021, 1, null, 1234)), rows(result));
        assertEquals(1, result.errors().size(), "an empty quoted category is still empty");
    }

    @Test
    void numbersRecordsByThePhysicalLineTheyStartOn() {
        ParsedImport result = parse("category,year,month,count,note\n"
                + "EMPLOYER,2021,1,5,\"first line\nsecond line\r\nthird line\"\n"
                + "EMPLOYER,2021,2,x,\"\"\n");

        assertEquals(List.of(2), lines(result));
        assertEquals(5, result.errors().get(0).line());
    }

    @Test
    void reportsUnterminatedQuoteOnTheLineItOpens() {
        ParsedImport result = parse("category,year,month,count,note\n"
                + "EMPLOYER,2021,1,5,fine\n"
                + "EMPLOYER,2021,2,6,\"never closed\n"
                + "EMPLOYER,2021,3,7,swallowed\n");

        assertEquals(List.of(2), lines(result));
        assertEquals(List.of(new RowError(3, null, null, "quote opened on this line is never closed")), result.errors());
    }

    @Test
    void rejectsTextAfterClosingQuote() {
        ParsedImport result = parse(HEADER + "\"EMPLOYER\"x,2021,1,,5\n");

        assertEquals(List.of(new RowError(2, null, null, "text after a closing quote; inside quotes write a quote as \"\"")),
                result.errors());
    }

    @Test
    void reportsWrongNumberOfFields() {
        ParsedImport result = parse(HEADER
                + "EMPLOYER,2021,1,5\n"
                + "EMPLOYER,2021,1,,5,extra\n");

        assertEquals(List.of(
                new RowError(2, null, null, "expected 5 fields, found 4"),
                new RowError(3, null, null, "expected 5 fields, found 6")), result.errors());
    }

    @Test
    void rejectsOverlongRowWithoutKeepingIt() {
        String longNote = "x".repeat(CsvRecordReader.MAX_RECORD_LENGTH + 10);
        ParsedImport result = parse("category,year,month,count,note\nEMPLOYER,2021,1,5," + longNote + "\nEMPLOYER,2021,2,6,ok\n");

        assertEquals(List.of(3), lines(result));
        assertEquals(List.of(new RowError(2, null, null, "row longer than 65536 characters; is a quote left open?")),
                result.errors());
    }

    @Test
    void reportsInvalidUtf8OnItsLineAndReadsOn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("category,year,month,count\nJOB_SEEKER,2021,1,5\nEMPLOYER,2021,".getBytes(UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("1,6\nJOB_SEEKER,2021,2,7\nJOB_SEEKER,2021,3,\"8\n".getBytes(UTF_8));
        bytes.write(0xC3); // a two-byte sequence cut short by the quote
        bytes.writeBytes("\"\nJOB_SEEKER,2021,4,9\n".getBytes(UTF_8));

        ParsedImport result = parse(bytes.toByteArray());

        assertEquals(List.of(2, 4, 7), lines(result));
        String notUtf8 = "not valid UTF-8; save the file as \"CSV UTF-8\"";
        assertEquals(List.of(new RowError(3, null, null, notUtf8), new RowError(6, null, null, notUtf8)), result.errors());
    }

    @Test
    void reportsUtf8SequenceCutOffAtTheEndOfTheFile() {
        byte[] euroSign = "€".getBytes(UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("category,year,month,count\nJOB_SEEKER,2021,1,5\nEMPLOYER,2021,1,5".getBytes(UTF_8));
        bytes.write(euroSign, 0, 2);

        ParsedImport result = parse(bytes.toByteArray());

        assertEquals(List.of(2), lines(result));
        assertEquals(3, result.errors().get(0).line());
    }

    @Test
    void rejectsHeaderThatIsNotUtf8() {
        byte[] latin1Header = "kategori;tahun;bulan;jumlah;catatan é\n".getBytes(ISO_8859_1);

        ParsedImport result = parse(latin1Header);

        assertEquals(List.of(new RowError(1, null, null, "not valid UTF-8; save the file as \"CSV UTF-8\"")), result.errors());
    }

    @Test
    void decodesCharactersSplitAcrossReads() throws IOException {
        byte[] csv = "category,year,month,count,catatan\nEMPLOYER,2021,1,5,Dinas Tenaga Kerja – Jawa Barat ✓ 😀\n"
                .getBytes(UTF_8);
        InputStream oneByteAtATime = new ByteArrayInputStream(csv) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        };

        ParsedImport result = parser.parse(oneByteAtATime);

        assertClean(result);
        assertEquals(1, rows(result).size());
    }

    // --- Cells ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JOB_SEEKER          | JOB_SEEKER",
        "job_seeker          | JOB_SEEKER",
        "Job Seeker          | JOB_SEEKER",
        "job   seeker        | JOB_SEEKER",
        "Pencari Kerja Aktif | JOB_SEEKER",
        "pencari   kerja aktif | JOB_SEEKER",
        "PENCARI_KERJA_AKTIF | JOB_SEEKER",
        "_Job__Seeker_       | JOB_SEEKER",
        "'job \t_ seeker'    | JOB_SEEKER",
        "Pemberi Kerja       | EMPLOYER",
        "employer            | EMPLOYER",
        "Pelatihan PBK       | PBK_TRAINING",
        "pbk training        | PBK_TRAINING",
        "Pelatihan Pra Kerja | PRAKERJA_TRAINING",
        "Prakerja_Training   | PRAKERJA_TRAINING",
    })
    void acceptsCategoryCodeOrIndonesianLabelLoosely(String cell, Category expected) {
        assertEquals(expected, parseOne("category", cell).category());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pencari Kerja", "JOBSEEKER", "Active job seekers", "", "JOB-SEEKER"})
    void rejectsUnknownCategory(String cell) {
        RowError error = singleCellError("category", cell);

        assertEquals("unknown category; expected one of JOB_SEEKER (Pencari Kerja Aktif), EMPLOYER (Pemberi Kerja), "
                + "PBK_TRAINING (Pelatihan PBK), PRAKERJA_TRAINING (Pelatihan Pra Kerja), VACANCY (Lowongan Kerja), "
                + "JOB_SEEKER_PLACED (Pencari Kerja Ditempatkan), JOB_SEEKER_REMOVED (Pencari Kerja Dihapus), "
                + "JOB_SEEKERS_REMAINING (Sisa Pencari Kerja), VACANCY_FILLED (Lowongan Dipenuhi), VACANCY_REMOVED (Lowongan Dihapus), "
                + "VACANCIES_REMAINING (Sisa Lowongan)", error.message());
    }

    @ParameterizedTest
    @CsvSource({ "2000, 2000", "2099, 2099", "' 2021 ', 2021", "2050, 2050" })
    void acceptsYearsOfThisCentury(String cell, int expected) {
        assertEquals(expected, parseOne("year", cell).year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999", "2100", "21", "abc", "2021.0", "2.021", "", "-2021"})
    void rejectsYearOutsideThisCentury(String cell) {
        assertEquals("must be an integer from 2000 to 2099", singleCellError("year", cell).message());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1", "01, 1", "12, 12", "Januari, 1", "JANUARI, 1", "februari, 2", "Mar, 3", "Maret, 3", "Mei, 5",
        "jun, 6", "Juli, 7", "Agu, 8", "agt, 8", "Agustus, 8", "Sep, 9", "Okt, 10", "Nov, 11", "Des, 12", "Desember, 12",
    })
    void acceptsMonthNumbersIndonesianNamesAndAbbreviations(String cell, int expected) {
        assertEquals(expected, parseOne("month", cell).month());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "January", "May", "Juni 2021", "1.5", ""})
    void rejectsUnknownMonth(String cell) {
        assertEquals("must be 1-12 or a month name (Januari … Desember)", singleCellError("month", cell).message());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1", "4, 4", "I, 1", "ii, 2", "III, 3", "iv, 4", "Minggu I, 1", "minggu 2, 2", "MINGGU IV, 4",
        "'  Minggu   III ', 3",
    })
    void acceptsWeekAsDigitRomanNumeralOrMingguPrefix(String cell, int expected) {
        assertEquals(expected, parseOne("week", cell).week());
    }

    @Test
    void readsEmptyWeekAsMonthTotal() {
        assertNull(parseOne("week", "").week());
        assertNull(parseOne("week", "  ").week());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "V", "Minggu", "Minggu 5", "minggu ke-1", "-", "1.0"})
    void rejectsUnknownWeek(String cell) {
        assertEquals("must be 1-4, I-IV or empty for a month total", singleCellError("week", cell).message());
    }

    @ParameterizedTest
    @CsvSource({
        "1.040.746, 1040746", "1040746, 1040746", "0, 0", "' 42 ', 42", "1.000, 1000", "007, 7", "000, 0", "0.000.042, 42",
        "1.000.000.000.000, 1000000000000", "1000000000000, 1000000000000",
    })
    void acceptsCountWithOrWithoutIndonesianThousandsSeparators(String cell, long expected) {
        assertEquals(expected, parseOne("count", cell).count());
    }

    @Test
    void treatsNoBreakSpacesLikeSpaces() {
        ParsedImport result = parse(HEADER + "Pemberi\u00A0Kerja,2021,\u00A0Mei,Minggu\u00A0II,1.040.746\u00A0\n");

        assertEquals(List.of(new ImportRow(2, Category.EMPLOYER, 2021, 5, 2, 1_040_746)), rows(result));
    }

    @Test
    void skipsRowsWhoseCountIsNotReported() {
        ParsedImport result = parse(HEADER
                + "JOB_SEEKER,2021,1,1,-\n"
                + "JOB_SEEKER,2021,1,2,\n"
                + "JOB_SEEKER,2021,1,3,\" - \"\n"
                + "JOB_SEEKER,2021,1,4,10\n");

        assertClean(result);
        assertEquals(3, result.skipped());
        assertEquals(List.of(5), lines(result));
    }

    @Test
    void doesNotCountBadRowsAsSkipped() {
        ParsedImport result = parse(HEADER + "JOB_SEEKER,1999,1,1,-\n");

        assertEquals(0, result.skipped());
        assertEquals(1, result.errors().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.04.746", "1040.746", "1.0407", "1.", ".5", "1..000", "12.5"})
    void rejectsWrongThousandsGrouping(String cell) {
        assertEquals("must be a whole number ≥ 0 with dots between groups of 3 digits, e.g. 1.040.746",
                singleCellError("count", cell).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "-5", "abc", "1,040,746", "1 040", "+5", "5e3", "--", "Rp 5"})
    void rejectsDecimalNegativeAndTextCounts(String cell) {
        assertEquals("must be a whole number ≥ 0, e.g. 1.040.746", singleCellError("count", cell).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000001", "1.000.000.000.001", "99999999999999999999999999"})
    void rejectsCountsAboveOneTrillion(String cell) {
        assertEquals("too large; at most 1.000.000.000.000", singleCellError("count", cell).message());
    }

    @Test
    void letsRowsWithoutCountOverlapOthers() {
        ParsedImport result = parse(HEADER
                + "JOB_SEEKER,2021,3,1,-\n"
                + "JOB_SEEKER,2021,3,1,5\n"
                + "JOB_SEEKER,2021,4,,-\n"
                + "JOB_SEEKER,2021,4,1,6\n");

        assertClean(result);
        assertEquals(List.of(3, 5), lines(result));
        assertEquals(2, result.skipped());
    }

    // --- Reporting --------------------------------------------------------------------------------------

    @Test
    void reportsEveryBadRowNotOnlyTheFirst() {
        ParsedImport result = parse(HEADER
                + "JOB_SEEKER,2021,1,1,5\n"
                + "JOB_SEEKER,1999,1,2,5\n"
                + "JOB_SEEKER,2021,1,3,5\n"
                + "JOB_SEEKER,2021,13,4,5\n"
                + "JOB_SEEKER,2021,2\n"
                + "JOB_SEEKER,2021,2,1,-1\n");

        assertEquals(List.of(2, 4), lines(result));
        assertEquals(List.of(3, 5, 6, 7), result.errors().stream().map(RowError::line).toList());
    }

    @Test
    void reportsEveryBadCellOfARowUnderItsHeaderAsWritten() {
        ParsedImport result = parse("Kategori;Tahun;Bulan;Minggu;Jumlah\nPencari;1999;Maret 2021;V;1,5\n");

        assertEquals(List.of("Kategori", "Tahun", "Bulan", "Minggu", "Jumlah"),
                result.errors().stream().map(RowError::column).toList());
        assertEquals(List.of("Pencari", "1999", "Maret 2021", "V", "1,5"),
                result.errors().stream().map(RowError::value).toList());
        assertTrue(result.errors().stream().allMatch(error -> error.line() == 2));
    }

    @Test
    void echoesAtMostSixtyCharactersOfABadValue() {
        RowError error = singleCellError("category", "x".repeat(500));

        assertEquals(60, error.value().length());
        assertEquals("x".repeat(59) + "…", error.value());
    }

    @Test
    void returnsNothingForAnEmptyBody() {
        assertEquals(new ParsedImport(List.of(), 0, List.of()), parse(""));
        assertEquals(new ParsedImport(List.of(), 0, List.of()), parse("\uFEFF"));
        assertEquals(new ParsedImport(List.of(), 0, List.of()), parse("\n\r\n  \n"));
    }

    @Test
    void returnsNothingForAHeaderAlone() {
        assertEquals(new ParsedImport(List.of(), 0, List.of()), parse("category,year,month,count"));
        assertEquals(new ParsedImport(List.of(), 0, List.of()), parse("category,year,month,count\r\n\r\n,,,\n"));
    }

    // --- Size ---------------------------------------------------------------------------------------------

    @Test
    void parsesEveryWeekOfACenturyForAllCategories() throws IOException {
        int rowCount = Category.serviceUsers().size() * 100 * 12 * 4;
        GeneratedCsv csv = new GeneratedCsv("category,year,month,week,count", rowCount,
                i -> csvLine(weekly(i), ","));

        ParsedImport result = parser.parse(csv);

        assertClean(result);
        assertEquals(19_200, rows(result).size());
        for (int i = 0; i < rowCount; i++) {
            assertEquals(atLine(i + 2, weekly(i)), rows(result).get(i));
        }
    }

    @Test
    void parsesATenMegabyteFileAsAStream() throws IOException {
        int rowCount = Category.serviceUsers().size() * 100 * 12 * 4;
        // A long quoted note with delimiters, quotes, a line break and multi-byte characters fills
        // the file to over 10 MB and puts every kind of character on the decoder's buffer edges.
        String note = "\"Dinas Tenaga Kerja – Jawa Barat; \"\"Bandung\"\" ✓\nbaris kedua; "
                + "x".repeat(440) + "\"";
        GeneratedCsv csv = new GeneratedCsv("kategori;tahun;bulan;minggu;jumlah;catatan", rowCount,
                i -> csvLine(weekly(i), ";") + ";" + note);

        ParsedImport result = parser.parse(csv);

        assertTrue(csv.bytesServed() >= 10L * 1024 * 1024, "only " + csv.bytesServed() + " bytes");
        assertClean(result);
        assertEquals(rowCount, rows(result).size());
        for (int i = 0; i < rowCount; i++) {
            assertEquals(atLine(2 + 2 * i, weekly(i)), rows(result).get(i), "each record spans two lines");
        }
    }

    // --- Helpers ------------------------------------------------------------------------------------------

    private ParsedImport parse(String csv) {
        return parse(csv.getBytes(UTF_8));
    }

    private ParsedImport parse(byte[] csv) {
        try {
            return parser.parse(new ByteArrayInputStream(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one row whose cells are valid except {@code column}, which holds {@code cell}. */
    private ParsedImport parseWith(String column, String cell) {
        String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
        return parse(HEADER + String.join(",",
                column.equals("category") ? quoted : "EMPLOYER",
                column.equals("year") ? quoted : "2021",
                column.equals("month") ? quoted : "1",
                column.equals("week") ? quoted : "2",
                column.equals("count") ? quoted : "5") + "\n");
    }

    private ImportRow parseOne(String column, String cell) {
        ParsedImport result = parseWith(column, cell);
        assertClean(result);
        assertEquals(1, rows(result).size());
        return rows(result).get(0);
    }

    private RowError singleCellError(String column, String cell) {
        ParsedImport result = parseWith(column, cell);
        assertEquals(1, result.errors().size(), () -> "errors: " + result.errors());
        RowError error = result.errors().get(0);
        assertEquals(2, error.line());
        assertEquals(column, error.column());
        assertEquals(List.of(), rows(result));
        return error;
    }

    /**
     * A parsed row as this test states it: the line, the cell's fields and the count. The parser
     * answers writes (a cell, a count, the line as their source); the adapter reads them back.
     */
    record ImportRow(int line, Category category, int year, int month, Integer week, long count, String region) {

        ImportRow(int line, Category category, int year, int month, Integer week, long count) {
            this(line, category, year, month, week, count, null);
        }

        static ImportRow of(CellWrite write) {
            Cell cell = write.cell();
            return new ImportRow(((Source.Line) write.source()).number(), cell.category(), cell.year(), cell.month(), cell.week(),
                    write.count(), cell.region());
        }
    }

    static List<ImportRow> rows(ParsedImport result) {
        return result.rows().stream().map(ImportRow::of).toList();
    }

    private static void assertClean(ParsedImport result) {
        assertEquals(List.of(), result.errors());
    }

    private static List<Integer> lines(ParsedImport result) {
        return rows(result).stream().map(ImportRow::line).toList();
    }

    /** The i-th of all weekly periods 2000-2099 of all categories, with a count telling them apart. */
    private static ImportRow weekly(int i) {
        int week = i % 4 + 1;
        int month = i / 4 % 12 + 1;
        int year = 2000 + i / 48 % 100;
        Category category = Category.values()[i / 4800];
        return new ImportRow(0, category, year, month, week, 1_000_000L * i + 7);
    }

    private static ImportRow atLine(int line, ImportRow row) {
        return new ImportRow(line, row.category(), row.year(), row.month(), row.week(), row.count());
    }

    private static String csvLine(ImportRow row, String delimiter) {
        String count = String.format(Locale.ROOT, "%,d", row.count()).replace(',', '.');
        return String.join(delimiter, row.category().labelId(), String.valueOf(row.year()),
                String.valueOf(row.month()), String.valueOf(row.week()), count);
    }

    /** A CSV made up line by line while it is read, so not even the test holds the whole file. */
    private static final class GeneratedCsv extends InputStream {

        private final IntFunction<String> line;
        private final int lineCount;
        private int nextLine;
        private byte[] current;
        private int position;
        private long bytesServed;

        GeneratedCsv(String header, int lineCount, IntFunction<String> line) {
            this.line = line;
            this.lineCount = lineCount;
            this.current = (header + "\r\n").getBytes(UTF_8);
        }

        long bytesServed() {
            return bytesServed;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == current.length) {
                if (nextLine == lineCount) {
                    return -1;
                }
                current = (line.apply(nextLine++) + "\r\n").getBytes(UTF_8);
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            bytesServed += count;
            return count;
        }
    }
}
