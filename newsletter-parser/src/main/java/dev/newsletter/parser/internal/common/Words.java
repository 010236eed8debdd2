package dev.newsletter.parser.internal.common;

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
     * Collapses every run of whitespace (including no-break spaces) to one space, removes
     * zero-width characters and strips both ends.
     */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
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
