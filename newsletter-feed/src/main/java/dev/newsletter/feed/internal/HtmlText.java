package dev.newsletter.feed.internal;

/** Escapes text for HTML element content and double-quoted attribute values. */
public final class HtmlText {

    private HtmlText() {}

    /** {@code text} with {@code & < > " '} escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(text, out);
        return out.toString();
    }

    /** Appends {@code text} with {@code & < > " '} escaped. */
    public static void appendEscaped(CharSequence text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
