package dev.newsletter.render.internal.html;

import java.io.IOException;

/**
 * Escapes text for HTML element content and quoted attribute values. Characters HTML cannot carry
 * (NUL and other C0 controls, lone surrogates, noncharacters) become U+FFFD so the output stays a
 * valid document; everything else is written as itself, the page being UTF-8.
 */
final class HtmlEscaper {

    private HtmlEscaper() {}

    /** Writes {@code text} escaped for element content or a double- or single-quoted attribute. */
    static void escape(CharSequence text, Appendable out) throws IOException {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> out.append('\n');
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < n
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                        out.append(
                                isNoncharacter(codePoint)
                                        ? "\uFFFD"
                                        : new String(Character.toChars(codePoint)));
                        i++;
                    } else if (c < 0x20
                            || (c >= 0x7F && c < 0xA0)
                            || Character.isSurrogate(c)
                            || isNoncharacter(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** {@code text} escaped, as a string. */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        try {
            escape(text, out);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
