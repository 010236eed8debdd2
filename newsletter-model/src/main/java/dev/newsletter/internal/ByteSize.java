package dev.newsletter.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes in the words people use: {@code 100 bytes}, {@code 1.5 KiB}, {@code 32 MiB}. */
public final class ByteSize {

    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

    private ByteSize() {}

    /**
     * {@code bytes} in the largest binary unit it reaches, with one decimal rounded up when it is
     * not a whole number, so that a size just over a limit never reads as the limit.
     */
    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        int unit = -1;
        long scale = 1;
        while (unit + 1 < UNITS.length && bytes >= scale * 1024) {
            scale *= 1024;
            unit++;
        }
        BigDecimal value =
                BigDecimal.valueOf(bytes)
                        .divide(BigDecimal.valueOf(scale), 1, RoundingMode.CEILING)
                        .stripTrailingZeros();
        return value.toPlainString() + " " + UNITS[unit];
    }

    /**
     * The message for an input over the limit. It names no Java API, since people running the
     * command read it too; {@code ParseOptions.maxInputBytes} documents the limit.
     *
     * @param size the size of the input, or -1 when only its being over the limit is known (a
     *     stream is read no further than the limit)
     */
    public static String tooLarge(long size, long limit) {
        String what = size < 0 ? "the input is" : "the input is " + of(size) + ",";
        return what + " over the size limit of " + of(limit) + "; it is not parsed";
    }
}
