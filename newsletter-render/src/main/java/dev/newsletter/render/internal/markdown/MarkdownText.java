package dev.newsletter.render.internal.markdown;

/**
 * Escapes text so a CommonMark parser reads it back as the same characters and nothing more: no
 * emphasis, links, code, HTML, entities, headings, lists or quotes that the text did not mean.
 */
final class MarkdownText {

    private MarkdownText() {}

    /**
     * Appends {@code text} escaped. {@code out} tells where a line starts: block markers such as
     * {@code -}, {@code +}, {@code =} and {@code 1.} are escaped only there.
     */
    static void appendEscaped(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineStart = atLineStart(out);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '~', '|' ->
                        out.append('\\').append(c);
                case '&' -> {
                    boolean entityLike =
                            i + 1 < text.length()
                                    && (Character.isLetterOrDigit(text.charAt(i + 1))
                                            || text.charAt(i + 1) == '#');
                    out.append(entityLike ? "\\&" : "&");
                }
                case '-', '+', '=' -> {
                    if (lineStart) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '\r' -> out.append('\n');
                default -> {
                    if (lineStart && c >= '0' && c <= '9') {
                        int end = i;
                        while (end < text.length()
                                && end - i < 10
                                && Character.isDigit(text.charAt(end))) {
                            end++;
                        }
                        out.append(text, i, end);
                        if (end < text.length()
                                && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
                            out.append('\\').append(text.charAt(end));
                            end++;
                        }
                        i = end - 1;
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether only spaces follow the last line break (or the start) of {@code out}. */
    private static boolean atLineStart(StringBuilder out) {
        int i = out.length() - 1;
        while (i >= 0 && (out.charAt(i) == ' ' || out.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || out.charAt(i) == '\n';
    }

    /** {@code text} escaped as if it started a line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        appendEscaped(text, out);
        return out.toString();
    }

    /** A link destination: bare when it is simple, else in angle brackets. */
    static String destination(String destination) {
        boolean simple = !destination.isEmpty();
        for (int i = 0; i < destination.length() && simple; i++) {
            char c = destination.charAt(i);
            simple =
                    c > ' ' && c != '(' && c != ')' && c != '<' && c != '>' && c != '\\'
                            && c != 0x7F;
        }
        if (simple) {
            return destination;
        }
        StringBuilder out = new StringBuilder("<");
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '<' || c == '>' || c == '\\') {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.append('>').toString();
    }

    /** A link title in double quotes. */
    static String title(String title) {
        StringBuilder out = new StringBuilder(" \"");
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** Inline code with a backtick fence longer than any run of backticks inside. */
    static String code(String literal) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < literal.length(); i++) {
            run = literal.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad =
                literal.startsWith("`")
                        || literal.endsWith("`")
                        || (literal.length() > 1
                                && literal.startsWith(" ")
                                && literal.endsWith(" ")
                                && !literal.isBlank());
        String body = literal.replace('\n', ' ');
        return pad ? fence + " " + body + " " + fence : fence + body + fence;
    }
}
