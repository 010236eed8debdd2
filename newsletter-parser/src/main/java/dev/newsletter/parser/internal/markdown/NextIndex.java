package dev.newsletter.parser.internal.markdown;

/**
 * The next occurrence of a fixed string at or after a position, remembered, so that a scan asking
 * from many positions in order (every unclosed {@code {{} asks for the next {@code }}}) stays
 * linear. Not thread-safe.
 */
final class NextIndex {

    private final String text;
    private final String needle;
    private int askedFrom = -1;
    private int found = -1;

    NextIndex(String text, String needle) {
        this.text = text;
        this.needle = needle;
    }

    /** The index of the needle at or after {@code from}, or -1. */
    int from(int from) {
        if (askedFrom >= 0 && from >= askedFrom && (found < 0 || found >= from)) {
            return found;
        }
        askedFrom = from;
        found = text.indexOf(needle, from);
        return found;
    }
}
