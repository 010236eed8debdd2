package dev.newsletter.parser.internal.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text without exceptions: malformed input becomes U+FFFD. */
final class TextDecoding {

    /** The charset mislabelled Latin-1 mail really uses; always present in the JDK. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /** Whether the bytes are valid UTF-8 (ASCII is). */
    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Whether bytes that are not valid UTF-8 are still best read as UTF-8: they hold more valid
     * multi-byte sequences than malformed ones, as UTF-8 text with a few damaged bytes does.
     * Windows-1252 text almost never forms a valid sequence: its accented letters are single bytes
     * followed by ASCII.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int malformed = 0;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length =
                    lead >= 0xC2 && lead <= 0xDF
                            ? 2
                            : lead >= 0xE0 && lead <= 0xEF
                                    ? 3
                                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            boolean whole = length > 0 && i + length <= bytes.length;
            for (int k = 1; whole && k < length; k++) {
                whole = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (whole) {
                valid++;
                i += length;
            } else {
                malformed++;
                i++;
            }
        }
        return valid > malformed;
    }

    /** The bytes decoded, malformed sequences replaced, a leading byte-order mark removed. */
    static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
