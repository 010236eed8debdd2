package dev.newsletter.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Where the first malformed sequence of some bytes is, for a diagnostic a person can go to: the
 * byte offset, and the line and column of the text decoded so far.
 *
 * @param byteOffset the offset from the start of the source, counting any byte-order mark
 * @param line the 1-based line
 * @param column the 1-based column, in characters (code points)
 */
public record MalformedText(long byteOffset, int line, int column) {

    /**
     * The first malformed sequence of {@code bytes[offset..]} in {@code charset}, or {@code null}
     * when they all decode. Slow next to {@code new String(bytes, charset)}: call it only when that
     * string holds a U+FFFD.
     */
    public static MalformedText find(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder =
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        boolean afterCarriageReturn = false;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false; // the second half of CR LF
                } else if (c == '\n' || c == '\r') {
                    line++;
                    column = 1;
                    afterCarriageReturn = c == '\r';
                } else {
                    afterCarriageReturn = false;
                    if (!Character.isLowSurrogate(c)) {
                        column++;
                    }
                }
            }
            out.clear();
            if (result.isError()) {
                return new MalformedText(in.position(), line, column);
            }
            if (result.isUnderflow()) {
                return null;
            }
        }
    }

    /** The warning's message: {@code not valid UTF-8 at byte 1234 (line 40, column 7); ...}. */
    public String message(Charset charset) {
        return "not valid "
                + charset.name()
                + " at byte "
                + byteOffset
                + " (line "
                + line
                + ", column "
                + column
                + "); malformed bytes read as U+FFFD";
    }
}
