package dev.newsletter.parser.internal.markdown;

import java.util.Arrays;

/** The 0-based line and 1-based column of offsets in one text, for diagnostics. Immutable. */
final class TextPositions {

    private final int[] lineStarts;

    private TextPositions(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static TextPositions of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new TextPositions(Arrays.copyOf(starts, count));
    }

    /** The 0-based line of {@code offset}. */
    int line(int offset) {
        int at = Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? at : -at - 2;
    }

    /** The 1-based column of {@code offset}. */
    int column(int offset) {
        return offset - lineStarts[line(offset)] + 1;
    }
}
