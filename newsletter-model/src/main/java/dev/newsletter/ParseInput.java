package dev.newsletter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The bytes of one source handed to an {@link IssueParser}, with the name used in diagnostics.
 * Parsers recognise a source by its content first: use {@link #head()} for that, and the {@link
 * #extension()} only as a hint.
 *
 * <p>Immutable and thread-safe; the bytes are never exposed for writing.
 */
public final class ParseInput {

    private static final int HEAD_BYTES = 8192;

    private final String name;
    private final byte[] bytes;
    // Derived from the bytes on first use; see decode().
    private String head;
    private Decoded decoded;

    /** The text and its validity, published together (final fields) so no thread sees half. */
    private record Decoded(String text, boolean validUtf8) {}

    private ParseInput(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = bytes;
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException if it cannot be read
     */
    public static ParseInput of(Path file) throws IOException {
        return new ParseInput(file.toString(), Files.readAllBytes(file));
    }

    /** A source held in a string, named {@code name} in diagnostics. */
    public static ParseInput of(String name, String text) {
        return new ParseInput(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A source of raw bytes (copied), named {@code name} in diagnostics. */
    public static ParseInput of(String name, byte[] bytes) {
        return new ParseInput(name, bytes.clone());
    }

    /** The name used in diagnostics and in {@link Source#location()}: a path or a label. */
    public String name() {
        return name;
    }

    /** The lower-case file extension of {@link #name()} without the dot, or an empty string. */
    public String extension() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The size in bytes. */
    public int size() {
        return bytes.length;
    }

    /** A fresh stream over the bytes. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The content decoded as UTF-8, without a leading byte-order mark; malformed bytes become
     * U+FFFD. Decoded once and kept.
     */
    public String text() {
        return decode().text();
    }

    /** Whether the bytes are valid UTF-8 (ASCII is). */
    public boolean isValidUtf8() {
        return decode().validUtf8();
    }

    /** The first few kilobytes decoded as UTF-8, enough to recognise the format. Kept. */
    public String head() {
        String cached = head;
        if (cached == null) {
            int offset = hasUtf8Bom() ? 3 : 0;
            int length = Math.min(bytes.length - offset, HEAD_BYTES);
            cached = new String(bytes, offset, length, StandardCharsets.UTF_8);
            head = cached;
        }
        return cached;
    }

    /**
     * Decodes once, strictly, to learn validity in the same pass; only invalid input is decoded a
     * second time, with replacement characters. Racing threads compute the same values, so the
     * unsynchronised caching is benign (as in {@link String#hashCode()}).
     */
    private Decoded decode() {
        Decoded cached = decoded;
        if (cached != null) {
            return cached;
        }
        int offset = hasUtf8Bom() ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        boolean valid;
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(buffer)
                            .toString();
            valid = true;
        } catch (CharacterCodingException e) {
            text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            valid = false;
        }
        cached = new Decoded(text, valid);
        decoded = cached;
        return cached;
    }

    private boolean hasUtf8Bom() {
        return bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
