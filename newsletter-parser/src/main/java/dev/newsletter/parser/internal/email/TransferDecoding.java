package dev.newsletter.parser.internal.email;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * Undoes a part's Content-Transfer-Encoding, decoding all that can be decoded and counting what
 * cannot, so that damage is reported, never silently dropped.
 *
 * <p>Base64: characters outside the alphabet are skipped; a padding {@code =} ends a quantum, and
 * decoding goes on after it (mime4j's decoder and the JDK's MIME decoder both stop there, dropping
 * the rest of the part). A line that does not hold whole quanta is decoded as far as it goes and
 * the next line starts afresh, so a damaged line cannot shift every line after it; encoders that
 * wrap lines at a length that is no multiple of four (most lines then are "uneven") are decoded as
 * one stream instead. A body with spaces inside most lines is no base64 at all and is kept as it
 * is. The quanta themselves are decoded by {@link Base64#getDecoder()}.
 *
 * <p>Quoted-printable: mime4j decodes, keeping a bad escape ({@code =ZZ}, {@code =4 }) as the
 * literal text; the bad escapes are counted here, as mime4j's decode monitor says neither where
 * they are nor tells them from its notes on line ends.
 */
final class TransferDecoding {

    private static final byte[] ALPHABET_INDEX = alphabetIndex();

    private TransferDecoding() {}

    /**
     * The decoded body and what could not be decoded.
     *
     * @param bytes the decoded bytes
     * @param damage what was wrong, or {@code null} when nothing was
     */
    record Decoded(byte[] bytes, Damage damage) {}

    /**
     * What could not be decoded.
     *
     * @param encoding the transfer encoding, lower case
     * @param skipped the number of characters that could not be decoded
     * @param lines the number of lines with damage
     * @param line the 0-based line of the body where the first damage is
     * @param column the 1-based column of the first damage
     * @param notEncoded whether the body is not in the encoding at all and is kept as it is
     */
    record Damage(
            String encoding, int skipped, int lines, int line, int column, boolean notEncoded) {}

    /**
     * The body decoded by its transfer encoding; unknown encodings and 7bit, 8bit and binary pass
     * through.
     *
     * @param raw the body as the message holds it
     * @param transferEncoding the Content-Transfer-Encoding, or {@code null}
     */
    static Decoded decode(byte[] raw, String transferEncoding) {
        String encoding =
                transferEncoding == null ? "" : transferEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "base64" -> base64(raw);
            case "quoted-printable" -> quotedPrintable(raw);
            default -> new Decoded(raw, null);
        };
    }

    /** Whether the encoding is one a message may name: the identity encodings, base64 and QP. */
    static boolean isKnown(String transferEncoding) {
        if (transferEncoding == null || transferEncoding.isBlank()) {
            return true;
        }
        return switch (transferEncoding.strip().toLowerCase(Locale.ROOT)) {
            case "7bit", "8bit", "binary", "base64", "quoted-printable" -> true;
            default -> false;
        };
    }

    private static Decoded base64(byte[] raw) {
        Lines lines = new Lines(raw);
        if (isProse(raw, lines)) {
            return new Decoded(
                    raw, new Damage("base64", 0, 0, 0, 1, true)); // kept: decoding would ruin it
        }
        return new Base64Salvage(raw, lines, wrapsUnevenly(raw, lines)).decode();
    }

    /** Whether most lines have a space between two characters, which base64 never has. */
    private static boolean isProse(byte[] raw, Lines lines) {
        int content = 0;
        int spaced = 0;
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.contentEnd(i);
            boolean seen = false;
            boolean gap = false;
            boolean inner = false;
            for (int j = start; j < end; j++) {
                boolean space = raw[j] == ' ' || raw[j] == '\t';
                if (!space && seen && gap) {
                    inner = true;
                }
                seen |= !space;
                gap = seen && space;
            }
            content += seen ? 1 : 0;
            spaced += inner ? 1 : 0;
        }
        return content > 0 && spaced * 2 > content;
    }

    /** Whether most lines but the last hold a number of characters that is no multiple of 4. */
    private static boolean wrapsUnevenly(byte[] raw, Lines lines) {
        int full = 0;
        int uneven = 0;
        int last = -1;
        for (int i = 0; i < lines.count(); i++) {
            if (quantumChars(raw, lines.start(i), lines.contentEnd(i)) > 0) {
                last = i;
            }
        }
        for (int i = 0; i < last; i++) {
            int chars = quantumChars(raw, lines.start(i), lines.contentEnd(i));
            if (chars > 0) {
                full++;
                uneven += chars % 4 != 0 ? 1 : 0;
            }
        }
        return full >= 2 && uneven * 2 > full;
    }

    private static int quantumChars(byte[] raw, int start, int end) {
        int chars = 0;
        for (int i = start; i < end; i++) {
            if (ALPHABET_INDEX[raw[i] & 0xff] >= 0 || raw[i] == '=') {
                chars++;
            }
        }
        return chars;
    }

    private static boolean isAlphabet(byte b) {
        return ALPHABET_INDEX[b & 0xff] >= 0;
    }

    private static byte[] alphabetIndex() {
        byte[] index = new byte[256];
        Arrays.fill(index, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            index[alphabet.charAt(i)] = (byte) i;
        }
        return index;
    }

    /** One pass over a base64 body that resynchronises after damage; see the class comment. */
    private static final class Base64Salvage {

        private final byte[] raw;
        private final Lines lines;
        private final boolean stream;
        private final ByteArrayOutputStream out;
        private final byte[] segment;
        private int segmentLength;
        private int pending;
        private boolean afterPad;
        private int skipped;
        private int damagedLines;
        private boolean lineDamaged;
        private int firstLine = -1;
        private int firstColumn;

        Base64Salvage(byte[] raw, Lines lines, boolean stream) {
            this.raw = raw;
            this.lines = lines;
            this.stream = stream;
            this.out = new ByteArrayOutputStream(raw.length * 3 / 4 + 3);
            this.segment = new byte[raw.length + 4];
        }

        Decoded decode() {
            int lastData = lastDataLine();
            for (int i = 0; i < lines.count(); i++) {
                lineDamaged = false;
                int start = lines.start(i);
                int end = lines.contentEnd(i);
                for (int j = start; j < end; j++) {
                    read(raw[j], i, j - start + 1);
                }
                if (pending != 0 && (!stream || i == lastData)) {
                    // uneven line: decode it as far as it goes; the next line starts a quantum
                    if (i != lastData || pending == 1) {
                        damage(i, 1, pending == 1 ? 1 : 0);
                    }
                    completeQuantum();
                }
                afterPad = false;
                damagedLines += lineDamaged ? 1 : 0;
            }
            flush();
            Damage damage =
                    damagedLines == 0
                            ? null
                            : new Damage(
                                    "base64", skipped, damagedLines, firstLine, firstColumn, false);
            return new Decoded(out.toByteArray(), damage);
        }

        private void read(byte b, int line, int column) {
            if (isAlphabet(b)) {
                segment[segmentLength++] = b;
                pending = (pending + 1) % 4;
                afterPad = false;
            } else if (b == '=') {
                if (pending >= 2) {
                    pad();
                    afterPad = true;
                } else if (!(pending == 0 && afterPad)) {
                    damage(line, column, 1 + pending);
                    segmentLength -= pending; // a lone sextet is no byte
                    pending = 0;
                }
            } else if (b != ' ' && b != '\t' && b != '\r') {
                damage(line, column, 1);
            }
        }

        /** Ends the quantum being read: a lone sextet is dropped, two or three are padded. */
        private void completeQuantum() {
            if (pending == 1) {
                segmentLength--;
                pending = 0;
            } else if (pending >= 2) {
                pad();
            }
        }

        private void pad() {
            while (pending != 0) {
                segment[segmentLength++] = '=';
                pending = (pending + 1) % 4;
            }
            flush();
        }

        private void flush() {
            if (segmentLength == 0) {
                return;
            }
            byte[] quanta = Arrays.copyOf(segment, segmentLength);
            segmentLength = 0;
            try {
                out.writeBytes(Base64.getDecoder().decode(quanta));
            } catch (IllegalArgumentException e) {
                skipped += quanta.length; // not expected: every segment is whole, padded quanta
            }
        }

        private void damage(int line, int column, int characters) {
            skipped += characters;
            lineDamaged = true;
            if (firstLine < 0) {
                firstLine = line;
                firstColumn = column;
            }
        }

        private int lastDataLine() {
            int last = -1;
            for (int i = 0; i < lines.count(); i++) {
                if (quantumChars(raw, lines.start(i), lines.contentEnd(i)) > 0) {
                    last = i;
                }
            }
            return last;
        }
    }

    private static Decoded quotedPrintable(byte[] raw) {
        Damage damage = badEscapes(raw);
        try (InputStream in =
                new QuotedPrintableInputStream(
                        new ByteArrayInputStream(raw), DecodeMonitor.SILENT)) {
            return new Decoded(in.readAllBytes(), damage);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a silent monitor never fails on bytes in memory
        }
    }

    /**
     * The escapes that are neither {@code =} and two hex digits nor a soft line break ({@code =}
     * and white space to the end of the line).
     */
    private static Damage badEscapes(byte[] raw) {
        Lines lines = new Lines(raw);
        int bad = 0;
        int badLines = 0;
        int firstLine = -1;
        int firstColumn = 0;
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.contentEnd(i);
            boolean lineBad = false;
            for (int j = start; j < end; j++) {
                if (raw[j] != '=') {
                    continue;
                }
                if (j + 2 < end && isHex(raw, j + 1) && isHex(raw, j + 2)) {
                    j += 2;
                } else if (!onlySpaceUntil(raw, j + 1, end)) {
                    bad++;
                    lineBad = true;
                    if (firstLine < 0) {
                        firstLine = i;
                        firstColumn = j - start + 1;
                    }
                }
            }
            badLines += lineBad ? 1 : 0;
        }
        return bad == 0
                ? null
                : new Damage("quoted-printable", bad, badLines, firstLine, firstColumn, false);
    }

    private static boolean isHex(byte[] raw, int i) {
        byte b = raw[i];
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }

    private static boolean onlySpaceUntil(byte[] raw, int from, int end) {
        for (int i = from; i < end; i++) {
            if (raw[i] != ' ' && raw[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The lines of a body: where each starts and where its content ends (before CR LF). */
    private static final class Lines {

        private final byte[] raw;
        private final int[] starts;
        private final int count;

        Lines(byte[] raw) {
            this.raw = raw;
            int n = 1;
            for (byte b : raw) {
                n += b == '\n' ? 1 : 0;
            }
            starts = new int[n + 1];
            int line = 0;
            starts[0] = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == '\n') {
                    starts[++line] = i + 1;
                }
            }
            count = n;
            starts[n] = raw.length + 1;
        }

        int count() {
            return count;
        }

        int start(int line) {
            return starts[line];
        }

        int contentEnd(int line) {
            int end = Math.min(starts[line + 1] - 1, raw.length);
            return end > starts[line] && raw[end - 1] == '\r' ? end - 1 : end;
        }
    }
}
