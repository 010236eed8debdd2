package dev.newsletter.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte-order mark a source may start with, which names its charset. Without one a source is
 * read as UTF-8.
 */
public enum ByteOrderMark {
    /** {@code 00 00 FE FF}. */
    UTF_32BE(Charset.forName("UTF-32BE"), 4, 4),
    /** {@code FF FE 00 00}: checked before UTF-16LE, whose mark it starts with. */
    UTF_32LE(Charset.forName("UTF-32LE"), 4, 4),
    /** {@code EF BB BF}. */
    UTF_8(StandardCharsets.UTF_8, 3, 1),
    /** {@code FE FF}. */
    UTF_16BE(StandardCharsets.UTF_16BE, 2, 2),
    /** {@code FF FE}. */
    UTF_16LE(StandardCharsets.UTF_16LE, 2, 2),
    /** No mark: UTF-8. */
    NONE(StandardCharsets.UTF_8, 0, 1);

    private final Charset charset;
    private final int length;
    private final int unitSize;

    ByteOrderMark(Charset charset, int length, int unitSize) {
        this.charset = charset;
        this.length = length;
        this.unitSize = unitSize;
    }

    /** The mark {@code bytes} start with, or {@link #NONE}. */
    public static ByteOrderMark of(byte[] bytes) {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
        int b3 = bytes.length > 3 ? bytes[3] & 0xFF : -1;
        if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
            return UTF_32BE;
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
            return UTF_32LE; // text never starts with U+0000, so this is not UTF-16LE
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return UTF_8;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return UTF_16LE;
        }
        return NONE;
    }

    /** The charset the mark names; UTF-8 for {@link #NONE}. */
    public Charset charset() {
        return charset;
    }

    /** The length of the mark in bytes. */
    public int length() {
        return length;
    }

    /** The bytes of one code unit: 1 for UTF-8, 2 for UTF-16, 4 for UTF-32. */
    public int unitSize() {
        return unitSize;
    }
}
