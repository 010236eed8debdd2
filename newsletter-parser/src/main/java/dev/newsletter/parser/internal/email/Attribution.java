package dev.newsletter.parser.internal.email;

import dev.newsletter.Person;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trailing attribution that closes an entry: "— Andrew", "- Melanie", "-Daniel.", "~ Ana Lopez",
 * in plain text or wrapped in emphasis and a link. The name comes out clean ("Daniel"), the link,
 * if any, becomes the person's URI, and the attribution leaves the body text.
 */
final class Attribution {

    /** How far from the end an attribution may start; keeps the pattern off long text. */
    private static final int TAIL = 80;

    private static final Pattern TRAILING =
            Pattern.compile(
                    "(?:^|[\\s\\h])((?:[—–~]|--?)[\\s\\h]*(\\p{Lu}[\\p{L}'’.-]*(?:[\\s\\h]\\p{Lu}[\\p{L}'’.-]*){0,2}))[\\s\\h]*$");

    /**
     * "— alicexbt": a handle written in lower case (or opening with a digit) after an em or en
     * dash, on a line of its own: the whole paragraph, or its last line. A lower-case word after a
     * dash inside a line ("the answer — yes") stays prose.
     */
    private static final Pattern HANDLE =
            Pattern.compile(
                    "(?:^|\\n)[ \\h]*([—–][ \\h]*([\\p{Ll}\\p{N}][\\p{L}\\p{N}_.'’-]{0,38}))[\\s\\h]*$");

    /** What may close the line above a handle on its own line: a sentence's end or a comma. */
    private static final String LINE_ENDS = ".!?,…)";

    /**
     * What an attribution leaves.
     *
     * @param body the inlines before the attribution; empty when the paragraph was only that
     * @param person who is named
     */
    record Found(List<Inline> body, Person person) {}

    private static final Pattern BYLINE =
            Pattern.compile(
                    "(?i:by[\\s\\h]+)?(\\p{Lu}[\\p{L}'’-]*(?:[\\s\\h]\\p{Lu}[\\p{L}'’-]*){0,2})");

    private static final String NAME_WORDS = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}";

    private static final Pattern NAME = Pattern.compile(NAME_WORDS);

    private static final Pattern SEVERAL =
            Pattern.compile(
                    "(?i:by) "
                            + NAME_WORDS
                            + "(?:, "
                            + NAME_WORDS
                            + ")*,? (?i:and) "
                            + NAME_WORDS
                            + "\\.?");

    private Attribution() {}

    /**
     * A byline opening an entry: a paragraph that is only a linked or emphasised name
     * ("[*Andrew*](u)") or "by Name". Returns the person with an empty body, or {@code null}.
     */
    static Found byline(List<Inline> inlines) {
        Inline only = null;
        for (Inline inline : inlines) {
            if (inline instanceof Text text && text.text().isBlank()) {
                continue;
            }
            if (only != null) {
                only = null;
                break;
            }
            only = inline;
        }
        String text = Words.collapse(Inline.plainText(inlines));
        if (text.length() > 60) {
            return null;
        }
        // A name set apart in italics (often linked to a profile), or "by Name"; a bold or plain
        // link is a title, not a byline.
        boolean marked =
                only instanceof Emphasis
                        || only instanceof Link link && isEmphasisOnly(link.inlines())
                        || text.regionMatches(true, 0, "by ", 0, 3);
        Matcher matcher = BYLINE.matcher(text);
        if (!marked || !matcher.matches()) {
            return null;
        }
        return new Found(List.of(), Person.of(matcher.group(1), firstLink(inlines)));
    }

    /**
     * The first person of a byline naming several, "by Ana [1] and Bo Li [2]" or "by Ana, Bo and
     * Cy", when the first name is a link (to the person); {@code null} for anything else.
     */
    static Person firstOfSeveral(List<Inline> inlines) {
        String text = Words.collapse(Inline.plainText(inlines));
        if (text.length() > 160 || !SEVERAL.matcher(text).matches()) {
            return null;
        }
        int i = 0;
        while (i < inlines.size()
                && inlines.get(i) instanceof Text run
                && Words.collapse(run.text()).matches("(?i)(by)?")) {
            i++;
        }
        if (i == 0 || i >= inlines.size() || !(inlines.get(i) instanceof Link link)) {
            return null;
        }
        String name = Words.collapse(Inline.plainText(link.inlines()));
        if (!text.substring(3).startsWith(name) || !NAME.matcher(name).matches()) {
            return null;
        }
        return Person.of(name, uri(link.destination()));
    }

    /** The attribution closing {@code inlines}, or {@code null} when there is none. */
    static Found find(List<Inline> inlines) {
        String text = Inline.plainText(inlines);
        int tailStart = Math.max(0, text.length() - TAIL);
        Matcher matcher = TRAILING.matcher(text.substring(tailStart));
        int start;
        String name;
        if (matcher.find()) {
            start = tailStart + matcher.start(1);
            name = cleanName(matcher.group(2));
        } else {
            start = handleStart(inlines, tailStart);
            if (start < 0) {
                return null;
            }
            Matcher handle = HANDLE.matcher(text.substring(start));
            name = handle.find() ? cleanHandle(handle.group(2)) : "";
        }
        if (name.isEmpty()) {
            return null;
        }
        List<Inline> body = new ArrayList<>();
        List<Inline> removed = new ArrayList<>();
        int offset = 0;
        boolean split = false;
        for (Inline inline : inlines) {
            String part = inline.plainText();
            int end = offset + part.length();
            if (split) {
                removed.add(inline);
            } else if (end <= start) {
                body.add(inline);
            } else if (inline instanceof Text run) {
                String kept = stripEnd(run.text().substring(0, start - offset));
                if (!kept.isEmpty()) {
                    body.add(new Text(kept));
                }
                removed.add(new Text(run.text().substring(start - offset)));
                split = true;
            } else if (part.substring(0, start - offset).isBlank()) {
                removed.add(inline);
                split = true;
            } else {
                return null; // the attribution starts inside a link or emphasis: leave the text
                // alone
            }
            offset = end;
        }
        trimTrailingSpace(body);
        return new Found(body, Person.of(name, firstLink(removed)));
    }

    /**
     * Where a lower-case handle after a dash starts ({@link #HANDLE}), when it stands on a line of
     * its own: alone in the paragraph, or on its last line below one that ends a sentence or a
     * greeting ("Thanks," over "— alicexbt"); -1 otherwise.
     */
    private static int handleStart(List<Inline> inlines, int tailStart) {
        // the text with its line breaks, soft ones included, one character each as in plainText
        StringBuilder lines = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof LineBreak) {
                lines.append('\n');
            } else {
                inline.appendPlainText(lines);
            }
        }
        String text = lines.toString();
        Matcher matcher = HANDLE.matcher(text.substring(tailStart));
        if (!matcher.find()) {
            return -1;
        }
        int start = tailStart + matcher.start(1);
        int lineStart = text.lastIndexOf('\n', start - 1);
        if (lineStart < 0) {
            return text.substring(0, start).isBlank() ? start : -1;
        }
        String above = stripEnd(text.substring(0, lineStart));
        return !above.isEmpty() && LINE_ENDS.indexOf(above.charAt(above.length() - 1)) >= 0
                ? start
                : -1;
    }

    /** A handle without the punctuation closing it: "alicexbt." gives "alicexbt", digits stay. */
    private static String cleanHandle(String raw) {
        String name = raw;
        while (!name.isEmpty() && !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static boolean isEmphasisOnly(List<Inline> inlines) {
        Inline only = null;
        for (Inline inline : inlines) {
            if (inline instanceof Text text && text.text().isBlank()) {
                continue;
            }
            if (only != null) {
                return false;
            }
            only = inline;
        }
        return only instanceof Emphasis;
    }

    /** The text without trailing white space, no-break spaces included. */
    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0
                && (Character.isWhitespace(text.charAt(end - 1))
                        || Character.isSpaceChar(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String cleanName(String raw) {
        String name = Words.collapse(raw);
        while (!name.isEmpty() && !Character.isLetter(name.charAt(name.length() - 1))) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static void trimTrailingSpace(List<Inline> body) {
        while (!body.isEmpty()) {
            Inline last = body.get(body.size() - 1);
            if (last instanceof Text run) {
                String stripped = stripEnd(run.text());
                if (stripped.isEmpty()) {
                    body.remove(body.size() - 1);
                    continue;
                }
                body.set(body.size() - 1, new Text(stripped));
            } else if (last.plainText().isBlank() && !(last instanceof Link)) {
                body.remove(body.size() - 1);
                continue;
            }
            return;
        }
    }

    private static URI firstLink(List<Inline> inlines) {
        for (Inline inline : inlines) {
            URI found = null;
            if (inline instanceof Link link) {
                found = uri(link.destination());
            } else if (inline instanceof Emphasis emphasis) {
                found = firstLink(emphasis.inlines());
            } else if (inline instanceof Strong strong) {
                found = firstLink(strong.inlines());
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static URI uri(String destination) {
        try {
            return new URI(destination.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
