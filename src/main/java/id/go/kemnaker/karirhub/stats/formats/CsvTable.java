package id.go.kemnaker.karirhub.stats.formats;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV answer: a header row, then one row per point (RFC 4180: CRLF line ends, fields quoted
 * only when they hold the separator, a quote or a line break).
 *
 * <p>Two dialects. The default one is for programs: {@code ,} between fields and {@code .} in
 * decimals. The Excel one ({@code bom=true}) is for Excel in an Indonesian locale, which
 * expects {@code ;} between fields and a decimal comma (52,04): it also starts with a UTF-8 byte
 * order mark so Excel reads the file as UTF-8. Empty cells are values that were not reported.
 */
public final class CsvTable {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row; cells may be null (an empty cell), numbers, booleans, dates or text. */
    public CsvTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells under " + header.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** The file's bytes, in UTF-8; {@code excel} selects the BOM, {@code ;} and decimal commas. */
    public byte[] render(boolean excel) {
        char separator = excel ? ';' : ',';
        StringBuilder text = new StringBuilder(64 * (rows.size() + 1));
        appendRow(text, new ArrayList<>(header), separator, excel);
        for (List<Object> row : rows) {
            appendRow(text, row, separator, excel);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 3);
        if (excel) {
            bytes.writeBytes(BYTE_ORDER_MARK);
        }
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void appendRow(StringBuilder text, List<?> cells, char separator, boolean decimalComma) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            appendField(text, format(cells.get(i), decimalComma), separator);
        }
        text.append("\r\n");
    }

    private static String format(Object cell, boolean decimalComma) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            String plain = decimal.toPlainString();
            return decimalComma ? plain.replace('.', ',') : plain;
        }
        return cell.toString();
    }

    private static void appendField(StringBuilder text, String value, char separator) {
        boolean quote = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!quote) {
            text.append(value);
            return;
        }
        text.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
