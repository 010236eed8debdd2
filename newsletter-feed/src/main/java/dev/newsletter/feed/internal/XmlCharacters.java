package dev.newsletter.feed.internal;

/**
 * Removes the characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage
 * return, unpaired surrogates, U+FFFE and U+FFFF). Rome's XML library throws on them, and a JSON
 * feed should say the same as its XML siblings, so every text of a feed passes through here.
 */
public final class XmlCharacters {

    private XmlCharacters() {}

    /** {@code text} without the characters XML 1.0 forbids; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int firstBad = firstForbidden(text);
        if (firstBad == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, firstBad);
        for (int i = firstBad; i < length; ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (isAllowed(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i += width;
        }
        return out.toString();
    }

    /** Whether XML 1.0 allows {@code codePoint} in character data. */
    public static boolean isAllowed(int codePoint) {
        return codePoint == 0x9
                || codePoint == 0xA
                || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            // codePointAt returns a lone surrogate as itself, which isAllowed refuses
            if (!isAllowed(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return text.length();
    }
}
