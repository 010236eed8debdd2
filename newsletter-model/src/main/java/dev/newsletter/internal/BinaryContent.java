package dev.newsletter.internal;

/**
 * Tells binary content from text before any parser sees it. A source is binary when a NUL code unit
 * appears in its first {@value #HEAD_BYTES} bytes (as Git and grep decide), or when NUL units are
 * more than one in a hundred of the whole (text padded or overwritten with zeros). Units are
 * counted after the byte-order mark in its charset: UTF-16 and UTF-32 text has NUL bytes but no NUL
 * characters, so it is text.
 */
public final class BinaryContent {

    /** How far a NUL makes a source binary outright. */
    public static final int HEAD_BYTES = BoundedReading.SNIFF_BYTES;

    private BinaryContent() {}

    /** The byte offset of the first NUL unit when {@code bytes} are binary, else -1. */
    public static long nulOffset(byte[] bytes) {
        ByteOrderMark mark = ByteOrderMark.of(bytes);
        int unit = mark.unitSize();
        int start = mark.length();
        int end = start + (bytes.length - start) / unit * unit;
        long first = -1;
        long nuls = 0;
        if (unit == 1) {
            for (int i = start; i < end; i++) {
                if (bytes[i] == 0) {
                    if (first < 0) {
                        first = i;
                        if (i < HEAD_BYTES) {
                            return i;
                        }
                    }
                    nuls++;
                }
            }
        } else {
            for (int i = start; i < end; i += unit) {
                if (isZero(bytes, i, unit)) {
                    if (first < 0) {
                        first = i;
                        if (i < HEAD_BYTES) {
                            return i;
                        }
                    }
                    nuls++;
                }
            }
        }
        long units = (end - start) / unit;
        return first >= 0 && nuls * 100 > units ? first : -1;
    }

    /** The message for binary content whose first NUL is at {@code offset}. */
    public static String message(long offset) {
        return "binary content (NUL bytes at offset " + offset + "), not a newsletter";
    }

    private static boolean isZero(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
