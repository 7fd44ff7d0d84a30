package id.go.kemnaker.karirhub.stats.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a UTF-8 CSV stream into records, one at a time, as RFC 4180 describes them: fields
 * separated by a delimiter, optionally in double quotes, with {@code ""} for a quote and with
 * delimiters and line breaks allowed inside quotes.
 *
 * <p>The delimiter is not known before the header has been read, so the header is split at both
 * {@code ,} and {@code ;}; the one that occurs more often outside quotes becomes the delimiter
 * (a comma on a tie), and the header's pieces are joined again at the other one.
 *
 * <p>Memory stays small whatever the input: a record keeps at most {@value #MAX_RECORD_LENGTH}
 * characters, so even a quote that is never closed costs one bounded record, not the whole file.
 */
final class CsvRecordReader {

    static final int MAX_RECORD_LENGTH = 65_536;

    private static final char QUOTE = '"';
    private static final char NOT_CHOSEN = 0;
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_CLOSING_QUOTE }

    private final Utf8CharReader input;
    private char delimiter = NOT_CHOSEN;
    private int line = 1;

    // The record being read.
    private State state;
    private int recordLine;
    private int quoteLine;
    private int length;
    private List<String> fields;
    private List<Character> separators;
    private final StringBuilder field = new StringBuilder();
    private RowError problem;

    CsvRecordReader(InputStream in) {
        this.input = new Utf8CharReader(in);
    }

    /**
     * Skips blank lines, reads the header record and chooses the delimiter from it.
     *
     * @return the header, or null when the input holds nothing but blank lines
     */
    CsvRecord readHeader() throws IOException {
        CsvRecord header;
        do {
            header = readRecord();
        } while (header != null && header.isBlank());
        if (header == null || header.problem() != null) {
            return header;
        }
        delimiter = moreFrequentSeparator();
        return new CsvRecord(header.line(), joinedAt(delimiter, header.fields()), null);
    }

    /** The next record after the header, or null at the end of the input. */
    CsvRecord next() throws IOException {
        if (delimiter == NOT_CHOSEN) {
            throw new IllegalStateException("readHeader() must come first");
        }
        return readRecord();
    }

    private CsvRecord readRecord() throws IOException {
        int c = input.read();
        if (c == Utf8CharReader.END) {
            return null;
        }
        startRecord();
        while (c != Utf8CharReader.END && !accept(c)) {
            c = input.read();
        }
        if (c == Utf8CharReader.END) {
            endAtEndOfInput();
        }
        endField(NOT_CHOSEN);
        return new CsvRecord(recordLine, List.copyOf(fields), problem);
    }

    private void startRecord() {
        state = State.FIELD_START;
        recordLine = line;
        length = 0;
        fields = new ArrayList<>();
        separators = new ArrayList<>();
        field.setLength(0);
        problem = null;
    }

    /** Takes one character of the record; returns true when it ended the record. */
    private boolean accept(int c) {
        if (c == Utf8CharReader.INVALID) {
            reportProblem(line, "not valid UTF-8; save the file as \"CSV UTF-8\"");
            c = REPLACEMENT_CHARACTER;
        }
        if (state == State.QUOTED) {
            acceptQuoted((char) c);
            return false;
        }
        if (c == '\n') {
            line++;
            return true;
        }
        if (isSeparator(c)) {
            endField((char) c);
        } else if (c == QUOTE && state == State.FIELD_START) {
            state = State.QUOTED;
            quoteLine = line;
        } else if (c == QUOTE && state == State.AFTER_CLOSING_QUOTE) {
            append(QUOTE);
            state = State.QUOTED;
        } else {
            if (state == State.AFTER_CLOSING_QUOTE) {
                reportProblem(line, "text after a closing quote; inside quotes write a quote as \"\"");
            }
            append((char) c);
            state = State.UNQUOTED;
        }
        return false;
    }

    private void acceptQuoted(char c) {
        if (c == QUOTE) {
            state = State.AFTER_CLOSING_QUOTE;
            return;
        }
        if (c == '\n') {
            line++;
        }
        append(c);
    }

    private void endAtEndOfInput() {
        if (state == State.QUOTED) {
            // An open quote swallows the rest of the file; that is the problem to report, not its symptoms.
            problem = new RowError(quoteLine, null, null, "quote opened on this line is never closed");
        }
    }

    private boolean isSeparator(int c) {
        return delimiter == NOT_CHOSEN ? c == ',' || c == ';' : c == delimiter;
    }

    private void append(char c) {
        if (roomForOneMore()) {
            field.append(c);
        }
    }

    private void endField(char separator) {
        if (roomForOneMore()) {
            fields.add(field.toString());
            separators.add(separator);
        }
        field.setLength(0);
        state = State.FIELD_START;
    }

    /** Counts one more character of the record; past the limit the record is only read, not kept. */
    private boolean roomForOneMore() {
        length++;
        if (length > MAX_RECORD_LENGTH) {
            reportProblem(recordLine, "row longer than " + MAX_RECORD_LENGTH + " characters; is a quote left open?");
            return false;
        }
        return true;
    }

    /** Keeps the first problem of a record: later ones are usually its consequences. */
    private void reportProblem(int problemLine, String message) {
        if (problem == null) {
            problem = new RowError(problemLine, null, null, message);
        }
    }

    private char moreFrequentSeparator() {
        long commas = separators.stream().filter(s -> s == ',').count();
        long semicolons = separators.stream().filter(s -> s == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Joins pieces split at the separator that was not chosen, putting that separator back. */
    private List<String> joinedAt(char chosen, List<String> pieces) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            char separatorBefore = separators.get(i - 1);
            if (separatorBefore == chosen) {
                joined.add(current.toString());
                current.setLength(0);
            } else {
                current.append(separatorBefore);
            }
            current.append(pieces.get(i));
        }
        joined.add(current.toString());
        return List.copyOf(joined);
    }
}
