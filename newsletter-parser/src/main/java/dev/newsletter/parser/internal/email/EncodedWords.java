package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.Words;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/** Header text with its RFC 2047 encoded words ({@code =?utf-8?Q?caf=C3=A9?=}) decoded. */
final class EncodedWords {

    private EncodedWords() {}

    /** The decoded value, white space collapsed; the raw value when it cannot be decoded. */
    static String decode(String raw) {
        try {
            return Words.collapse(DecoderUtil.decodeEncodedWords(raw, DecodeMonitor.SILENT));
        } catch (RuntimeException e) {
            return Words.collapse(raw);
        }
    }
}
