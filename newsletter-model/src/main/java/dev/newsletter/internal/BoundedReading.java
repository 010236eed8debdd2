package dev.newsletter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads files and streams without ever holding more than a limit: the way to refuse {@code
 * /dev/zero}, an endless pipe or a file that grows while it is read, with no more memory than the
 * limit. {@link java.nio.file.Files#readAllBytes} trusts the size a file reports, which is 0 for
 * devices and pipes.
 */
public final class BoundedReading {

    /** The largest array the JVM allocates safely. */
    public static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** What a content sniff reads first: as much as a parser's head. */
    public static final int SNIFF_BYTES = 8192;

    private static final int CHUNK = 8192;

    private BoundedReading() {}

    /**
     * The limit of reading to learn whether a source is over {@code maxBytes}: one byte more, and
     * no more than an array holds.
     */
    public static int probeLimit(long maxBytes) {
        return (int) Math.min(maxBytes, MAX_ARRAY - 1L) + 1;
    }

    /**
     * Reads {@code file} up to {@code limit} bytes: fewer means the whole file.
     *
     * @param sizeHint the size the file reports, or 0 or less when it cannot tell (devices, pipes)
     * @param options how to open it; {@link java.nio.file.LinkOption#NOFOLLOW_LINKS} refuses a file
     *     that became a symbolic link after a folder walk checked it
     */
    public static byte[] read(Path file, int limit, long sizeHint, OpenOption... options)
            throws IOException {
        try (InputStream in = Files.newInputStream(file, options)) {
            return readAtMost(in, limit, sizeHint);
        }
    }

    /**
     * Reads {@code file} as {@link #read} does, unless its first {@link #SNIFF_BYTES} are binary:
     * then only those are returned, enough for {@link BinaryContent} to refuse it, so that a large
     * binary file costs one small read.
     */
    public static byte[] readUnlessBinary(
            Path file, int limit, long sizeHint, OpenOption... options) throws IOException {
        try (InputStream in = Files.newInputStream(file, options)) {
            if (limit <= SNIFF_BYTES) {
                return readAtMost(in, limit, sizeHint);
            }
            byte[] head = readAtMost(in, SNIFF_BYTES, sizeHint);
            if (head.length < SNIFF_BYTES || BinaryContent.nulOffset(head) >= 0) {
                return head; // the whole source, or enough to refuse it
            }
            byte[] rest = readAtMost(in, limit - SNIFF_BYTES, sizeHint - SNIFF_BYTES);
            byte[] all = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, all, head.length, rest.length);
            return all;
        }
    }

    /**
     * Reads until {@code limit} bytes or the end of {@code in}, whichever comes first: fewer than
     * {@code limit} bytes means the stream ended. Never reads past {@code limit}.
     *
     * @param sizeHint the expected size, to read a regular file into one array of the right size; 0
     *     or less when unknown
     */
    public static byte[] readAtMost(InputStream in, int limit, long sizeHint) throws IOException {
        int capacity = (int) Math.min(limit, sizeHint > 0 ? sizeHint : CHUNK);
        byte[] buffer = new byte[capacity];
        int count = 0;
        while (count < limit) {
            if (count == buffer.length) {
                if (count == sizeHint) {
                    // The expected size is read; one byte tells whether the file grew.
                    int next = in.read();
                    if (next < 0) {
                        return buffer;
                    }
                    buffer = grow(buffer, limit);
                    buffer[count++] = (byte) next;
                    continue;
                }
                buffer = grow(buffer, limit);
            }
            int read = in.read(buffer, count, buffer.length - count);
            if (read < 0) {
                break;
            }
            count += read;
        }
        return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
    }

    private static byte[] grow(byte[] buffer, int limit) {
        long doubled = Math.max(CHUNK, 2L * buffer.length);
        return Arrays.copyOf(buffer, (int) Math.min(limit, doubled));
    }
}
