package id.go.kemnaker.karirhub.stats.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text one character at a time from a stream, through small fixed buffers.
 *
 * <p>It hands the CSV reader exactly what it needs and nothing more: a leading byte order mark is
 * dropped, every line ending (CRLF, LF or a lone CR) comes out as a single {@code '\n'}, and a byte
 * sequence that is not UTF-8 comes out as {@link #INVALID} in its place, so the caller can name the
 * line it is on and carry on reading. {@code InputStreamReader} cannot do the last part: it either
 * replaces bad bytes silently or throws without saying how many good characters came before them.
 */
final class Utf8CharReader {

    /** Returned by {@link #read()} at the end of the input. */
    static final int END = -1;
    /** Returned by {@link #read()} in place of a byte sequence that is not valid UTF-8. */
    static final int INVALID = -2;

    private static final int BUFFER_SIZE = 8192;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read but not decoded yet, kept ready for reading (position to limit). */
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    /** Characters decoded but not handed out yet, kept ready for reading. */
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();

    private boolean streamExhausted;
    private boolean decodingFinished;
    private boolean invalidSequencePending;
    private boolean atStart = true;
    private boolean afterCarriageReturn;

    Utf8CharReader(InputStream in) {
        this.in = in;
    }

    /** The next character, {@code '\n'} for any line ending, {@link #INVALID} or {@link #END}. */
    int read() throws IOException {
        int c = decoded();
        if (atStart) {
            atStart = false;
            if (c == BYTE_ORDER_MARK) {
                c = decoded();
            }
        }
        if (c == '\n' && afterCarriageReturn) {
            c = decoded();
        }
        afterCarriageReturn = c == '\r';
        return afterCarriageReturn ? '\n' : c;
    }

    private int decoded() throws IOException {
        while (!chars.hasRemaining()) {
            if (invalidSequencePending) {
                invalidSequencePending = false;
                return INVALID;
            }
            if (decodingFinished) {
                return END;
            }
            decodeMore();
        }
        return chars.get();
    }

    /**
     * Decodes until there is at least one character, a bad byte sequence or the end of the input.
     * Characters decoded before a bad sequence are kept, so they are handed out before it.
     */
    private void decodeMore() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !invalidSequencePending && !decodingFinished) {
            CoderResult result = decoder.decode(bytes, chars, streamExhausted);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                invalidSequencePending = true;
            } else if (result.isUnderflow() && streamExhausted) {
                decoder.flush(chars);
                decodingFinished = true;
            } else if (result.isUnderflow()) {
                readMoreBytes();
            }
        }
        chars.flip();
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (count < 0) {
            streamExhausted = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }
}
