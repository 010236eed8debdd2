package dev.newsletter.parser.internal.markdown;

import java.util.Arrays;

/**
 * Which line of the source each line of a rewritten text comes from, so that diagnostics after the
 * template step still name the line the author wrote. Lines are 0-based here. Immutable.
 */
final class LineMap {

    private static final LineMap IDENTITY = new LineMap(null);

    /** {@code sourceLine[i]} is the source line of line {@code i}; null for the identity. */
    private final int[] sourceLine;

    private LineMap(int[] sourceLine) {
        this.sourceLine = sourceLine;
    }

    static LineMap identity() {
        return IDENTITY;
    }

    /** A map from the lines of a rewritten text to the lines of its input. */
    static LineMap of(int[] sourceLine) {
        return new LineMap(sourceLine.clone());
    }

    /** The source line of {@code line}; lines past the end keep their distance from the last. */
    int sourceLine(int line) {
        if (sourceLine == null || line < 0) {
            return line;
        }
        if (line < sourceLine.length) {
            return sourceLine[line];
        }
        return sourceLine.length == 0
                ? line
                : sourceLine[sourceLine.length - 1] + (line - sourceLine.length + 1);
    }

    /** This map after {@code next}, a map from a later rewrite's lines to this text's lines. */
    LineMap then(LineMap next) {
        if (next.sourceLine == null) {
            return this;
        }
        if (sourceLine == null) {
            return next;
        }
        int[] composed = new int[next.sourceLine.length];
        for (int i = 0; i < composed.length; i++) {
            composed[i] = sourceLine(next.sourceLine[i]);
        }
        return new LineMap(composed);
    }

    @Override
    public String toString() {
        return sourceLine == null ? "LineMap[identity]" : "LineMap" + Arrays.toString(sourceLine);
    }
}
