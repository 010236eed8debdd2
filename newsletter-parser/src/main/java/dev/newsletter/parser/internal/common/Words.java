package dev.newsletter.parser.internal.common;

import java.util.Locale;

/** Counting and cleaning the words of short lines, the same way for both parsers. */
public final class Words {

    private Words() {}

    /** The number of whitespace-separated runs holding a letter or digit. */
    public static int count(String text) {
        int words = 0;
        boolean inRun = false;
        boolean hasWordChar = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (inRun && hasWordChar) {
                    words++;
                }
                inRun = false;
                hasWordChar = false;
            } else {
                inRun = true;
                hasWordChar |= Character.isLetterOrDigit(c);
            }
        }
        return inRun && hasWordChar ? words + 1 : words;
    }

    /**
     * Whether {@code text} holds {@code word} as a whole word, ignoring case: "rust-osdev" is in
     * "the `rust-osdev` organization" but not in "rust-osdev-tools" nor in the path
     * "rust-osdev/uefi-rs" nor in the handle "@rust-osdev".
     */
    public static boolean containsWord(String text, String word) {
        if (text == null || word.isEmpty()) {
            return false;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = word.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if ((at == 0 || !isWordChar(haystack.charAt(at - 1)))
                    && (end == haystack.length() || !isWordChar(haystack.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '/' || c == '@';
    }

    /**
     * Collapses every run of whitespace (including no-break spaces) to one space, removes
     * zero-width characters and strips both ends.
     */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisibleAt(text, i)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the character at {@code i} is one that email tools insert and readers never see. A
     * zero-width joiner between two pictographs is no such character: it joins them into one emoji
     * ("🧑‍💻").
     */
    public static boolean isInvisibleAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '\u200D' && i > 0 && i + 1 < text.length()) {
            return !(isPictographic(Character.codePointBefore(text, i))
                    && isPictographic(Character.codePointAt(text, i + 1)));
        }
        return isInvisible(c);
    }

    private static boolean isPictographic(int codePoint) {
        return Character.isSupplementaryCodePoint(codePoint)
                || Character.getType(codePoint) == Character.OTHER_SYMBOL
                || codePoint == '\uFE0F';
    }

    /** Zero-width characters that email tools insert and readers never see. */
    public static boolean isInvisible(char c) {
        return c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == '\u00AD';
    }
}
