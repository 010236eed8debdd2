package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Person;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contributor named at the end of an entry, and the paragraph without that attribution.
 * Recognised: {@code - *[Andrew](u)*}, {@code - [_Andrew_](u)}, {@code — [*Andrew*](u)}, {@code -
 * _[Melanie](u)_}, {@code -[_Melanie_](u)}, {@code *[- Melanie](u)*}, {@code *[-Daniel.](u)*},
 * {@code — *Ade*}, {@code — [Melanie](u)}, {@code - Shioulin}, and a leading byline {@code *by
 * [Name](u)*}. The name is cleaned ("-Daniel." is "Daniel").
 *
 * @param person the contributor
 * @param remaining the paragraph without the attribution, or {@code null} when nothing is left
 */
record Attribution(Person person, Paragraph remaining) {

    private static final String DASHES = "-–—";
    private static final Set<String> NOT_NAMES =
            Set.of("The", "A", "An", "Our", "Your", "All", "See", "And", "Or");
    private static final Set<String> NAME_PARTICLES =
            Set.of("de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "bin", "al");
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_NAME_CHARS = 48;
    private static final Pattern TRAILING_TEXT_NAME =
            Pattern.compile(
                    "(?:^|\\s)[-–—]{1,2}\\s?(\\p{Lu}[\\p{L}'’.-]{0,30}(?: \\p{Lu}[\\p{L}'’.-]{0,30}){0,2})\\.?\\s*$");

    /**
     * "— *alicexbt*": a handle written in lower case (or opening with a digit) after an em or en
     * dash, as a paragraph of its own. A lower-case word after a dash that ends a paragraph ("great
     * - *really*") stays prose.
     */
    private static final Pattern STANDALONE_HANDLE =
            Pattern.compile("[—–]\\s*([\\p{Ll}\\p{N}][\\p{L}\\p{N}_.'’-]{0,38})");

    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+(.{1,60})");

    /** The trailing attribution of {@code paragraph}, or {@code null}. */
    static Attribution trailing(Paragraph paragraph, URI base) {
        List<Inline> inlines = new ArrayList<>(paragraph.inlines());
        trimBlank(inlines);
        // "— *[Daniel](u)*." : a full stop after the attribution belongs to it.
        if (inlines.size() > 1
                && inlines.get(inlines.size() - 1) instanceof Text stop
                && stop.text().strip().matches("[.,;]{1,2}")
                && !(inlines.get(inlines.size() - 2) instanceof Text)) {
            inlines.remove(inlines.size() - 1);
        }
        if (inlines.isEmpty()) {
            return null;
        }
        Attribution handle = standaloneHandle(inlines, base);
        if (handle != null) {
            return handle;
        }
        int lastIndex = inlines.size() - 1;
        Inline last = inlines.get(lastIndex);
        if (last instanceof Text text) {
            return trailingText(inlines, text, base);
        }
        if (InlineRuns.wrapped(last) == null && !(last instanceof Link)) {
            return null;
        }
        Link link = InlineRuns.soleLink(last);
        if (link == null && InlineRuns.firstLink(List.of(last)) != null) {
            return inside(inlines, base);
        }
        String raw = InlineRuns.squeeze(last.plainText());
        boolean dashInside = !raw.isEmpty() && DASHES.indexOf(raw.charAt(0)) >= 0;
        String name = cleanName(raw);
        if (name == null) {
            return inside(inlines, base);
        }
        List<Inline> kept = new ArrayList<>(inlines.subList(0, lastIndex));
        boolean dashOutside = cutDash(kept);
        if (!dashInside && !dashOutside) {
            return inside(inlines, base);
        }
        trimBlank(kept);
        URI uri = link == null ? null : LinkTargets.toUri(link.destination(), base);
        return new Attribution(new Person(name, uri), remainder(kept));
    }

    /**
     * A paragraph that is only a dash and a lower-case handle, maybe in emphasis or a link ({@code
     * — *[alicexbt](u)*}), or {@code null}. Names with a capital are read by the forms of {@link
     * #trailing}.
     */
    private static Attribution standaloneHandle(List<Inline> inlines, URI base) {
        Matcher matcher = STANDALONE_HANDLE.matcher(InlineRuns.squeeze(Inline.plainText(inlines)));
        if (!matcher.matches() || !(inlines.get(0) instanceof Text)) {
            return null;
        }
        String name = matcher.group(1);
        while (!Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            name = name.substring(0, name.length() - 1); // "alicexbt." is "alicexbt"
        }
        Link link = InlineRuns.firstLink(inlines);
        URI uri = link == null ? null : LinkTargets.toUri(link.destination(), base);
        return new Attribution(new Person(name, uri), null);
    }

    /**
     * The attribution closing the text inside the emphasis that ends {@code inlines}: "*I've been
     * re-reading this. - [Alice](u)*" is signed like the same words set upright; the emphasis keeps
     * the rest of its words. {@code null} when the emphasised text is not signed.
     */
    private static Attribution inside(List<Inline> inlines, URI base) {
        Inline last = inlines.get(inlines.size() - 1);
        List<Inline> children = InlineRuns.wrapped(last);
        if (children == null || children.isEmpty()) {
            return null;
        }
        Attribution signed = trailing(new Paragraph(children), base);
        if (signed == null || signed.remaining() == null) {
            return null; // only a name in emphasis: the forms above decide
        }
        List<Inline> kept = new ArrayList<>(inlines.subList(0, inlines.size() - 1));
        List<Inline> words = signed.remaining().inlines();
        kept.add(last instanceof Strong ? new Strong(words) : new Emphasis(words));
        return new Attribution(signed.person(), new Paragraph(kept));
    }

    /**
     * Removes the attribution dash that ends {@code inlines}: a dash at the end of a text run, or a
     * dash set apart in emphasis ({@code **-** [_Nisha_](u)}).
     *
     * @return whether there was one
     */
    private static boolean cutDash(List<Inline> inlines) {
        trimBlank(inlines);
        if (inlines.isEmpty()) {
            return false;
        }
        Inline last = inlines.get(inlines.size() - 1);
        if (last instanceof Text text) {
            int cut = dashCut(text.text());
            if (cut < 0) {
                return false;
            }
            inlines.remove(inlines.size() - 1);
            String kept = text.text().substring(0, cut).stripTrailing();
            if (!kept.isEmpty()) {
                inlines.add(new Text(kept));
            }
            return true;
        }
        String decoration = last.plainText().strip();
        if (InlineRuns.wrapped(last) != null
                && !decoration.isEmpty()
                && decoration.chars().allMatch(c -> DASHES.indexOf(c) >= 0)) {
            inlines.remove(inlines.size() - 1);
            return true;
        }
        return false;
    }

    /** Removes trailing blank inlines and the trailing spaces of the last text run. */
    private static void trimBlank(List<Inline> inlines) {
        while (!inlines.isEmpty() && InlineRuns.isBlank(inlines.get(inlines.size() - 1))) {
            inlines.remove(inlines.size() - 1);
        }
        int last = inlines.size() - 1;
        if (last >= 0 && inlines.get(last) instanceof Text text) {
            String stripped = text.text().stripTrailing();
            if (stripped.length() != text.text().length()) {
                inlines.set(last, new Text(stripped));
            }
        }
    }

    /**
     * A leading byline paragraph ({@code *by [Name](u)*}, {@code by Name}), or {@code null}. A
     * byline naming several people ("by [Shioulin](u) and [Nisha](u)") gives the first as the
     * contributor and keeps the paragraph, so that nobody is dropped.
     */
    static Attribution byline(Paragraph paragraph, URI base) {
        String text = InlineRuns.squeeze(paragraph.plainText());
        Matcher matcher = BYLINE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        Link link = InlineRuns.firstLink(paragraph.inlines());
        URI uri = link == null ? null : LinkTargets.toUri(link.destination(), base);
        String name = cleanName(matcher.group(1));
        if (name != null) {
            return new Attribution(new Person(name, uri), null);
        }
        if (link == null) {
            return null;
        }
        String first = cleanName(InlineRuns.squeeze(Inline.plainText(link.inlines())));
        if (first == null
                || !text.toLowerCase(Locale.ROOT)
                        .startsWith("by " + first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Attribution(new Person(first, uri), paragraph);
    }

    private static Attribution trailingText(List<Inline> inlines, Text last, URI base) {
        String text = last.text();
        int from = Math.max(0, text.length() - 100);
        Matcher matcher = TRAILING_TEXT_NAME.matcher(text.substring(from));
        if (!matcher.find()) {
            return null;
        }
        String name = cleanName(matcher.group(1));
        if (name == null || NOT_NAMES.contains(name.split(" ")[0])) {
            return null; // "– The Weekly Team" signs off an issue; it names no person
        }
        String kept = text.substring(0, from + matcher.start()).stripTrailing();
        List<Inline> rest = new ArrayList<>(inlines.subList(0, inlines.size() - 1));
        if (!kept.isEmpty()) {
            rest.add(new Text(kept));
        }
        return new Attribution(Person.of(name), remainder(rest));
    }

    private static Paragraph remainder(List<Inline> inlines) {
        while (!inlines.isEmpty() && InlineRuns.isBlank(inlines.get(inlines.size() - 1))) {
            inlines.remove(inlines.size() - 1);
        }
        return inlines.isEmpty() ? null : new Paragraph(inlines);
    }

    /**
     * Where the attribution dash at the end of {@code text} starts (emphasis markers left open
     * around it are part of it), or -1.
     */
    private static int dashCut(String text) {
        int end = text.length();
        while (end > 0
                && (Character.isWhitespace(text.charAt(end - 1))
                        || text.charAt(end - 1) == '*'
                        || text.charAt(end - 1) == '_')) {
            end--;
        }
        if (end == 0 || DASHES.indexOf(text.charAt(end - 1)) < 0) {
            return -1;
        }
        int start = end - 1;
        while (start > 0 && DASHES.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        // "well-known" is a word, not an attribution: the dash follows a space, or starts the text.
        if (start > 0
                && !Character.isWhitespace(text.charAt(start - 1))
                && ".!?)\"”'’".indexOf(text.charAt(start - 1)) < 0) {
            return -1;
        }
        return start;
    }

    /** "Daniel" from "-Daniel.", or {@code null} when the text does not look like a name. */
    static String cleanName(String raw) {
        String name = raw.strip();
        int start = 0;
        while (start < name.length()
                && (DASHES.indexOf(name.charAt(start)) >= 0
                        || Character.isWhitespace(name.charAt(start))
                        || name.charAt(start) == '*'
                        || name.charAt(start) == '_')) {
            start++;
        }
        int end = name.length();
        while (end > start && ".,;:*_ ".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        name = name.substring(start, end).strip();
        if (name.isEmpty()
                || name.length() > MAX_NAME_CHARS
                || !Character.isLetter(name.charAt(0))
                || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        String[] words = name.split(" ");
        if (words.length > MAX_NAME_WORDS) {
            return null;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !NAME_PARTICLES.contains(word)) {
                return null; // "Shioulin and Nisha" is two people, not a name
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c) && ".'’-".indexOf(c) < 0) {
                    return null;
                }
            }
        }
        return name;
    }
}
