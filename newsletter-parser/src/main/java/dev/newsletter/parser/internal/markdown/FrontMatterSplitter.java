package dev.newsletter.parser.internal.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Splits the metadata header from the body. A header is recognised only at the very start of the
 * file: a later {@code ---} is a thematic break or a heading underline.
 */
final class FrontMatterSplitter {

    /**
     * Keys one of which a Pelican header must have, so that a prose "Note: ..." is not a header.
     */
    private static final Set<String> PELICAN_ANCHOR_KEYS = Set.of("title", "date");

    private FrontMatterSplitter() {}

    /**
     * Splits {@code text}; an unclosed fence is reported and the whole text is then the body, so
     * nothing is lost.
     */
    static FrontMatter split(String text, DiagnosticSink diagnostics) {
        String firstLine = lineAt(text, 0);
        String fence = firstLine.strip();
        if (firstLine.stripTrailing().equals("---") || firstLine.stripTrailing().equals("+++")) {
            boolean yaml = fence.equals("---");
            int contentStart = nextLine(text, 0);
            int lineNumber = 2;
            int at = contentStart;
            while (at < text.length()) {
                String line = lineAt(text, at).stripTrailing();
                if (yaml ? line.equals("---") || line.equals("...") : line.equals("+++")) {
                    String header = text.substring(contentStart, at);
                    if (!looksLikeMetadata(header, yaml)) {
                        return FrontMatter.none(text); // "---" was a thematic break
                    }
                    int bodyStart = nextLine(text, at);
                    return new FrontMatter(
                            yaml ? FrontMatter.Syntax.YAML : FrontMatter.Syntax.TOML,
                            header,
                            2,
                            text.substring(bodyStart),
                            lineNumber);
                }
                at = nextLine(text, at);
                lineNumber++;
            }
            diagnostics.warning(
                    1,
                    1,
                    "the front matter opened by '"
                            + fence
                            + "' is never closed; the file is read as "
                            + "Markdown without metadata");
            return FrontMatter.none(text);
        }
        return splitPelican(text);
    }

    private static FrontMatter splitPelican(String text) {
        int at = 0;
        int lines = 0;
        boolean anchored = false;
        while (at < text.length()) {
            String line = lineAt(text, at).stripTrailing();
            if (line.isEmpty()) {
                break;
            }
            int colon = pelicanKeyEnd(line);
            if (colon < 0) {
                return FrontMatter.none(text);
            }
            anchored |=
                    PELICAN_ANCHOR_KEYS.contains(line.substring(0, colon).toLowerCase(Locale.ROOT));
            at = nextLine(text, at);
            lines++;
        }
        if (lines == 0 || !anchored || at >= text.length()) {
            return FrontMatter.none(text);
        }
        int bodyStart = nextLine(text, at); // skip the blank line
        return new FrontMatter(
                FrontMatter.Syntax.PELICAN,
                text.substring(0, at),
                1,
                text.substring(bodyStart),
                lines + 1);
    }

    /**
     * Whether text between two fences is metadata: blank, or with a first significant line that
     * sets a key ({@code key: value}, {@code key = value}, {@code [table]}). Text whose lines are
     * prose or only {@code #} lines (Markdown headings, YAML comments) is Markdown between two
     * thematic breaks.
     */
    private static boolean looksLikeMetadata(String header, boolean yaml) {
        boolean onlyComments = true;
        for (String line : header.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                continue;
            }
            onlyComments = false;
            if (yaml) {
                return trimmed.startsWith("- ") || trimmed.startsWith("? ") || yamlKey(trimmed);
            }
            return trimmed.startsWith("[") || tomlKey(trimmed);
        }
        return onlyComments && header.isBlank();
    }

    private static boolean yamlKey(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || (colon + 1 < line.length() && line.charAt(colon + 1) != ' ')) {
            return false;
        }
        String key = line.substring(0, colon);
        return key.startsWith("\"")
                || key.startsWith("'")
                || key.startsWith("!!")
                || key.chars().noneMatch(Character::isWhitespace)
                || key.length() <= 40;
    }

    private static boolean tomlKey(String line) {
        int equals = line.indexOf('=');
        return equals > 0
                && line.substring(0, equals)
                        .strip()
                        .chars()
                        .allMatch(
                                c ->
                                        Character.isLetterOrDigit(c)
                                                || c == '_'
                                                || c == '-'
                                                || c == '.'
                                                || c == '"'
                                                || c == '\'');
    }

    /** The index of the colon of a {@code Key: value} line, or -1. */
    static int pelicanKeyEnd(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < line.length() && i <= 40; i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i + 1 < line.length() && line.charAt(i + 1) != ' ' ? -1 : i;
            }
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int nextLine(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end + 1;
    }
}
