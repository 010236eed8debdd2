package dev.newsletter;

import dev.newsletter.internal.BinaryContent;
import dev.newsletter.internal.BoundedReading;
import dev.newsletter.internal.ByteOrderMark;
import dev.newsletter.internal.ByteSize;
import dev.newsletter.internal.MalformedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one source handed to an {@link IssueParser}, with the name used in diagnostics.
 * Parsers recognise a source by its content first: use {@link #head()} for that, and the {@link
 * #extension()} only as a hint.
 *
 * <p>The text is decoded in the charset a byte-order mark names (UTF-8, UTF-16 or UTF-32, either
 * byte order), else as UTF-8; {@link #decodingWarning()} says where bytes did not decode.
 *
 * <p>Immutable and thread-safe; the bytes are never exposed for writing.
 */
public final class ParseInput {

    private static final int HEAD_BYTES = 8192;

    private final String name;
    private final byte[] bytes;
    private final ByteOrderMark mark;
    // Derived from the bytes on first use; see decode().
    private String head;
    private Decoded decoded;

    /**
     * The text and where it went wrong, published together (final fields) so no thread sees half.
     */
    private record Decoded(String text, Diagnostic warning) {}

    private ParseInput(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = bytes;
        this.mark = ByteOrderMark.of(bytes);
    }

    /**
     * Reads {@code file}, a regular file, a device or a pipe, never more than {@link
     * ParseOptions#DEFAULT_MAX_INPUT_BYTES} and one byte.
     *
     * @throws IOException if it cannot be read
     * @throws ParseException if it is over that limit
     */
    public static ParseInput of(Path file) throws IOException {
        return read(file, ParseOptions.DEFAULT_MAX_INPUT_BYTES);
    }

    /** A source held in a string, named {@code name} in diagnostics. */
    public static ParseInput of(String name, String text) {
        return new ParseInput(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A source of raw bytes (copied), named {@code name} in diagnostics. */
    public static ParseInput of(String name, byte[] bytes) {
        return new ParseInput(name, bytes.clone());
    }

    /** Reads {@code file}, refusing it past {@code maxBytes} having read one byte more at most. */
    static ParseInput read(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException(file + " is a folder, not a file");
        }
        long size = attributes.isRegularFile() ? attributes.size() : -1;
        if (size > maxBytes) {
            throw tooLarge(file.toString(), size, maxBytes);
        }
        int limit = BoundedReading.probeLimit(maxBytes);
        byte[] bytes = BoundedReading.read(file, limit, size);
        if (bytes.length > maxBytes) {
            throw tooLarge(file.toString(), -1, maxBytes);
        }
        return wrap(file.toString(), bytes);
    }

    /** A source of bytes this package read and holds no other reference to. */
    static ParseInput wrap(String name, byte[] bytes) {
        return new ParseInput(name, bytes);
    }

    /**
     * The byte offset of the first NUL when the content is binary, else -1; see {@link
     * BinaryContent}.
     */
    long binaryOffset() {
        return BinaryContent.nulOffset(bytes);
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

    /** A fresh stream over the bytes, byte-order mark included. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** A copy of the bytes, byte-order mark included. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The charset of {@link #text()}: the one a byte-order mark names, else UTF-8. */
    public Charset charset() {
        return mark.charset();
    }

    /** Whether the bytes start with a byte-order mark, which then decides the charset. */
    public boolean hasByteOrderMark() {
        return mark != ByteOrderMark.NONE;
    }

    /**
     * The content decoded in {@link #charset()}, without the byte-order mark; malformed bytes
     * become U+FFFD. Decoded once and kept.
     */
    public String text() {
        return decode().text();
    }

    /**
     * A warning when some bytes are not valid in {@link #charset()}, naming the byte offset, line
     * and column of the first malformed sequence ({@code not valid UTF-8 at byte 1234 (line 40,
     * column 7); malformed bytes read as U+FFFD}); empty when every byte decodes. Parsers that read
     * {@link #text()} report it.
     */
    public Optional<Diagnostic> decodingWarning() {
        return Optional.ofNullable(decode().warning());
    }

    /**
     * The error for an input over the size limit of {@code options}, which says the limit and the
     * option that sets it; empty when the input is within it. Parsers check it first and read
     * nothing of an input over the limit.
     */
    public Optional<Diagnostic> sizeError(ParseOptions options) {
        if (bytes.length <= options.maxInputBytes()) {
            return Optional.empty();
        }
        return Optional.of(
                Diagnostic.error(
                        name, 0, 0, ByteSize.tooLarge(bytes.length, options.maxInputBytes())));
    }

    /** The first few kilobytes decoded in {@link #charset()}, enough to recognise the format. */
    public String head() {
        String cached = head;
        if (cached == null) {
            int offset = mark.length();
            int length = Math.min(bytes.length - offset, HEAD_BYTES);
            length -= length % mark.unitSize(); // whole code units
            cached = new String(bytes, offset, length, mark.charset());
            head = cached;
        }
        return cached;
    }

    /**
     * Decodes once, the fast way; only text that holds a U+FFFD is decoded a second time, strictly,
     * to tell malformed bytes from a replacement character written in the source. Racing threads
     * compute the same values, so the unsynchronised caching is benign (as in {@link
     * String#hashCode()}).
     */
    private Decoded decode() {
        Decoded cached = decoded;
        if (cached != null) {
            return cached;
        }
        int offset = mark.length();
        Charset charset = mark.charset();
        String text = new String(bytes, offset, bytes.length - offset, charset);
        Diagnostic warning = null;
        if (text.indexOf('\uFFFD') >= 0) {
            MalformedText malformed = MalformedText.find(bytes, offset, charset);
            if (malformed != null) {
                warning =
                        Diagnostic.warning(
                                name,
                                malformed.line(),
                                malformed.column(),
                                malformed.message(charset));
            }
        }
        cached = new Decoded(text, warning);
        decoded = cached;
        return cached;
    }

    private static ParseException tooLarge(String name, long size, long maxBytes) {
        return new ParseException(Diagnostic.error(name, 0, 0, ByteSize.tooLarge(size, maxBytes)));
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
