package dev.newsletter.parser.internal.markdown;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a Markdown text holds code: fenced code blocks (fence lines included, whatever their
 * indentation or blockquote markers, so that indented fences in list items count too) and code
 * spans. Template code there is what the author shows, so the template step leaves it alone. One
 * linear pass; code spans are matched within a paragraph (they cannot cross a blank line).
 * Immutable.
 */
final class CodeRegions {

    private final BitSet code;
    private final BitSet fenced;

    private CodeRegions(BitSet code, BitSet fenced) {
        this.code = code;
        this.fenced = fenced;
    }

    static CodeRegions of(String text) {
        BitSet code = new BitSet();
        BitSet fenced = new BitSet();
        int paragraphStart = 0;
        char fenceChar = 0;
        int fenceLength = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            int next = end < 0 ? text.length() : end + 1;
            int at = lineStart;
            while (at < lineEnd
                    && (text.charAt(at) == ' '
                            || text.charAt(at) == '\t'
                            || text.charAt(at) == '>')) {
                at++;
            }
            int run = run(text, at, lineEnd);
            if (fenceChar != 0) {
                code.set(lineStart, next);
                fenced.set(lineStart, next);
                if (run >= fenceLength
                        && text.charAt(at) == fenceChar
                        && text.substring(at + run, lineEnd).isBlank()) {
                    fenceChar = 0;
                    paragraphStart = next;
                }
            } else if (run >= 3
                    && (text.charAt(at) == '~'
                            || text.substring(at + run, lineEnd).indexOf('`') < 0)) {
                spans(text, paragraphStart, lineStart, code);
                fenceChar = text.charAt(at);
                fenceLength = run;
                code.set(lineStart, next);
                fenced.set(lineStart, next);
                paragraphStart = next;
            } else if (at == lineEnd) {
                spans(text, paragraphStart, next, code);
                paragraphStart = next;
            }
            lineStart = next;
        }
        if (fenceChar == 0) {
            spans(text, paragraphStart, text.length(), code);
        }
        return new CodeRegions(code, fenced);
    }

    /** The length of the fence-character run at {@code at} (backticks or tildes), else 0. */
    private static int run(String text, int at, int end) {
        if (at >= end || (text.charAt(at) != '`' && text.charAt(at) != '~')) {
            return 0;
        }
        char c = text.charAt(at);
        int i = at;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - at;
    }

    /**
     * Marks the code spans of {@code text[from, to)}: a backtick run opens one that the next run of
     * the same length closes. The runs are listed once and matched from the end, so the pass stays
     * linear however many runs are unmatched.
     */
    private static void spans(String text, int from, int to, BitSet code) {
        int first = text.indexOf('`', from);
        if (first < 0 || first >= to) {
            return;
        }
        int[] starts = new int[8];
        int[] lengths = new int[8];
        int count = 0;
        for (int i = first; i < to; ) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int start = i;
            while (i < to && text.charAt(i) == '`') {
                i++;
            }
            boolean escaped = start > 0 && text.charAt(start - 1) == '\\';
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
            }
            starts[count] = escaped ? start + 1 : start;
            lengths[count] = escaped ? i - start - 1 : i - start;
            count++;
        }
        int[] nextSame = new int[count];
        Map<Integer, Integer> seen = new HashMap<>();
        for (int k = count - 1; k >= 0; k--) {
            nextSame[k] = seen.getOrDefault(lengths[k], -1);
            seen.put(lengths[k], k);
        }
        int k = 0;
        while (k < count) {
            int close = lengths[k] == 0 ? -1 : nextSame[k];
            if (close < 0) {
                k++;
                continue;
            }
            code.set(starts[k], starts[close] + lengths[close]);
            k = close + 1;
        }
    }

    /** Whether {@code offset} is in code. */
    boolean isCode(int offset) {
        return code.get(offset);
    }

    /** Whether {@code offset} is in a fenced code block. */
    boolean isFenced(int offset) {
        return fenced.get(offset);
    }

    /** The first offset at or after {@code offset} that is not code. */
    int nextOutside(int offset) {
        return code.nextClearBit(offset);
    }
}
