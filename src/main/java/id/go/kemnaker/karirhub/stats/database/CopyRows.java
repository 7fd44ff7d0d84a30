package id.go.kemnaker.karirhub.stats.database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to a table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the
 * caller's connection, and so in its transaction: the fastest way PostgreSQL offers to add many
 * rows (no array to build and parse, no statement per row), with every constraint, index and
 * trigger of the table applied as for an INSERT.
 *
 * <p>Values are written field by field, each row ended with {@link #endRow()}; the text is sent in
 * chunks as it grows, so a large write never holds all of it. {@link #finish()} ends the copy and
 * answers how many rows the database took; closing an unfinished copy cancels it (the rows already
 * sent are discarded with the statement).
 */
public final class CopyRows implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(CHUNK + 1024);
    private boolean rowStarted;
    private boolean finished;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts copying into {@code table (columns)}, e.g. {@code "reported_count (year, category, amount)"}. */
    public static CopyRows into(Connection connection, String tableAndColumns) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        return new CopyRows(postgres.getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN"));
    }

    /** A text field; null is SQL NULL. */
    public CopyRows text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    /** A number field; null is SQL NULL. */
    public CopyRows number(Number value) {
        separate();
        text.append(value == null ? "\\N" : value.toString());
        return this;
    }

    public CopyRows number(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** Ends the row; sends what has gathered once it passes a chunk. */
    public CopyRows endRow() throws SQLException {
        text.append('\n');
        rowStarted = false;
        if (text.length() >= CHUNK) {
            send();
        }
        return this;
    }

    /** Sends the rest and ends the copy: the database checks what is left (statement triggers) here. */
    public long finish() throws SQLException {
        send();
        finished = true;
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }

    /** The text format's escapes: a backslash, and the characters that end a field or a row. */
    private void escape(String value) {
        if (!needsEscape(value)) {
            text.append(value); // codes, names and numbers nearly always: one copy, not a char at a time
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void send() throws SQLException {
        if (text.length() == 0) {
            return;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
