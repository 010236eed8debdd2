package dev.newsletter.parser.internal.markdown;

import java.util.Arrays;

/**
 * Builds the text a template step hands on: spans copied from its input and text put in their
 * place, recording for every output line the input line it comes from ({@link LineMap}). Not
 * thread-safe; one per rewrite.
 */
final class SourceRewrite {

    private final StringBuilder out;
    private int[] lines = new int[16];
    private int count = 1;

    /** Whether the current output line has no character yet, so its source is still open. */
    private boolean fresh = true;

    SourceRewrite(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Copies {@code input[from, to)}, whose first character is on input line {@code line}. */
    void copy(CharSequence input, int from, int to, int line) {
        int current = line;
        for (int i = from; i < to; i++) {
            char c = input.charAt(i);
            append(c, current);
            if (c == '\n') {
                current++;
            }
        }
    }

    /** Appends text written in place of the input on line {@code line}; all its lines map there. */
    void generate(CharSequence text, int line) {
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i), line);
        }
    }

    /** Whether the output so far ends a line (or is empty). */
    boolean atLineStart() {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private void append(char c, int line) {
        if (fresh) {
            lines[count - 1] = line;
            fresh = false;
        }
        out.append(c);
        if (c == '\n') {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = line + 1;
            fresh = true;
        }
    }

    String text() {
        return out.toString();
    }

    LineMap lineMap() {
        return LineMap.of(Arrays.copyOf(lines, count));
    }
}
