package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline content of plain-text lines: the text itself, with web addresses made links. */
final class PlainInlines {

    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"\\[\\]{}|\\\\^`]+");

    private static final String TRAILING_PUNCTUATION = ".,;:!?)'’\"”";

    private PlainInlines() {}

    /** The inlines of the given lines, joined by soft line breaks. */
    static List<Inline> of(List<String> lines) {
        List<Inline> inlines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                inlines.add(LineBreak.SOFT);
            }
            appendLine(lines.get(i), inlines);
        }
        return inlines;
    }

    /** The inlines of one line. */
    static List<Inline> of(String line) {
        List<Inline> inlines = new ArrayList<>();
        appendLine(line, inlines);
        return inlines;
    }

    private static void appendLine(String line, List<Inline> out) {
        Matcher matcher = URL.matcher(line);
        int last = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start()
                    && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            if (matcher.start() > last) {
                out.add(new Text(line.substring(last, matcher.start())));
            }
            String url = line.substring(matcher.start(), end);
            out.add(Link.of(url, url));
            last = end;
        }
        if (last < line.length()) {
            out.add(new Text(line.substring(last)));
        }
    }

    /** The single web address that makes up the whole of {@code line}, or {@code null}. */
    static String wholeUrl(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("<") && stripped.endsWith(">")) {
            stripped = stripped.substring(1, stripped.length() - 1);
        }
        Matcher matcher = URL.matcher(stripped);
        return matcher.matches() ? stripped : null;
    }
}
