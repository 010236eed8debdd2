package dev.newsletter.parser.internal.email;

import java.util.Locale;

/** A size in words a reader takes in at a glance: "812 bytes", "14 KiB", "3.2 MiB". */
final class ByteSize {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private ByteSize() {}

    /** {@code bytes} as bytes, KiB or MiB. */
    static String of(long bytes) {
        if (bytes == 1) {
            return "1 byte";
        }
        if (bytes < KIB) {
            return bytes + " bytes";
        }
        if (bytes < MIB) {
            return Math.round(bytes / (double) KIB) + " KiB";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
    }
}
