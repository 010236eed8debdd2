package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.Text;
import dev.newsletter.parser.internal.common.TrackingLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline content of plain-text lines: the text itself, with web addresses made links, and numbered
 * reference markers ("the report [2]") made links on the word they follow when the body lists their
 * address. Link targets are cleaned of tracking ({@link TrackingLinks}).
 */
final class PlainInlines {

    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"\\[\\]{}|\\\\^`]+");

    private static final Pattern MARKER = Pattern.compile("[ \\h]\\[(\\d{1,4})]");
    private static final Pattern LEADING_MARKER = Pattern.compile("\\[(\\d{1,4})](?=\\s|$)");

    private static final String TRAILING_PUNCTUATION = ".,;:!?)'’\"”";

    private PlainInlines() {}

    /** The inlines of the given lines, joined by soft line breaks. */
    static List<Inline> of(List<String> lines) {
        return of(lines, ReferenceList.none());
    }

    /** The inlines of one line. */
    static List<Inline> of(String line) {
        return of(List.of(line), ReferenceList.none());
    }

    /** The inlines of one line, its reference markers resolved against {@code references}. */
    static List<Inline> of(String line, ReferenceList references) {
        return of(List.of(line), references);
    }

    /**
     * The inlines of the given lines, joined by soft line breaks, with reference markers resolved
     * against {@code references}. A marker wrapped to the start of a line belongs to the word that
     * closes the line before.
     */
    static List<Inline> of(List<String> lines, ReferenceList references) {
        List<String> joined = new ArrayList<>(lines);
        if (!references.isEmpty()) {
            for (int i = 1; i < joined.size(); i++) {
                Matcher leading = LEADING_MARKER.matcher(joined.get(i));
                if (leading.lookingAt()
                        && references.has(Integer.parseInt(leading.group(1)))
                        && !joined.get(i - 1).isBlank()) {
                    joined.set(i - 1, joined.get(i - 1) + " " + leading.group());
                    joined.set(i, joined.get(i).substring(leading.end()).strip());
                }
            }
            joined.removeIf(String::isEmpty);
        }
        List<Inline> inlines = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
            if (i > 0) {
                inlines.add(LineBreak.SOFT);
            }
            appendLine(joined.get(i), references, inlines);
        }
        return inlines;
    }

    private static void appendLine(String line, ReferenceList references, List<Inline> out) {
        Matcher matcher = URL.matcher(line);
        int last = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start()
                    && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            if (matcher.start() > last) {
                appendText(line.substring(last, matcher.start()), references, out);
            }
            String url = line.substring(matcher.start(), end);
            // the address stays as written where it is shown; the link goes where it leads
            out.add(Link.of(url, TrackingLinks.clean(url)));
            last = end;
        }
        if (last < line.length()) {
            appendText(line.substring(last), references, out);
        }
    }

    /** Text without addresses: each known marker links the word before it and leaves the text. */
    private static void appendText(String text, ReferenceList references, List<Inline> out) {
        if (references.isEmpty()) {
            out.add(new Text(text));
            return;
        }
        Matcher marker = MARKER.matcher(text);
        int last = 0;
        while (marker.find()) {
            int wordStart = marker.start();
            while (wordStart > last && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == marker.start()) {
                continue; // no word before the marker: leave it as written
            }
            String url = references.use(Integer.parseInt(marker.group(1)));
            if (url == null) {
                continue;
            }
            if (wordStart > last) {
                out.add(new Text(text.substring(last, wordStart)));
            }
            out.add(Link.of(text.substring(wordStart, marker.start()), url));
            last = marker.end();
        }
        if (last < text.length()) {
            out.add(new Text(text.substring(last)));
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
