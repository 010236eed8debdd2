package dev.newsletter.parser.internal.email;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the text/plain alternative of a message is a flattened copy of its HTML: what some mail
 * tools send as "plain text" is the HTML's words run together, with its structure gone (one long
 * paragraph, or little but tracking addresses and {@code [n]} markers), while the HTML has clear
 * headings and lists. The text rules find no sections in such a text, so the HTML is read instead.
 *
 * <p>A plain part written with care keeps its paragraphs apart with blank lines, one every few
 * hundred characters; that copy is faithful and stays preferred. The plain part counts as flattened
 * only when all of these hold:
 *
 * <ul>
 *   <li>it has at least {@value #MIN_CHARACTERS} characters (a short note says too little to
 *       judge);
 *   <li>its paragraphs are sparse (one or fewer per {@value #CHARACTERS_PER_PARAGRAPH} characters)
 *       or at least half its characters are addresses and reference markers;
 *   <li>the HTML, as the HTML rules read it, has at least two headings and lists (headings, bold
 *       lines standing alone, lists), with at least one heading, and more of them than the text has
 *       paragraphs: the text could not have carried them.
 * </ul>
 *
 * <p>A closing list of numbered references is not counted: it is many addresses on purpose.
 */
final class FlattenedTextPart {

    /** The shortest text judged, in characters other than white space. */
    static final int MIN_CHARACTERS = 500;

    /** The characters of a paragraph above which paragraphs count as sparse, on average. */
    static final int CHARACTERS_PER_PARAGRAPH = 1000;

    /** The longest bold line that reads as a heading, in words. */
    private static final int MAX_HEADING_WORDS = 12;

    private static final Pattern ADDRESS = Pattern.compile("\\bhttps?://\\S+|\\[\\d{1,4}]");

    private FlattenedTextPart() {}

    /**
     * What shows that {@code plain} is a flattened copy of {@code html}, said for a reader ("1
     * paragraph for 2,310 characters, 64% of them addresses; the HTML part has 3 headings and 2
     * lists"), or {@code null} when the plain text is a faithful copy or the HTML has no more
     * structure.
     *
     * @param plain the decoded text/plain alternative
     * @param html the decoded text/html alternative
     */
    static String measure(String plain, String html) {
        TextShape text = TextShape.of(plain);
        if (text.characters() < MIN_CHARACTERS || !(text.sparse() || text.mostlyAddresses())) {
            return null; // the cheap test first: the HTML is read only for a suspicious text
        }
        HtmlShape structure = HtmlShape.of(html);
        int marks = structure.headings() + structure.lists();
        if (structure.headings() == 0 || marks < 2 || marks <= text.paragraphs()) {
            return null;
        }
        StringBuilder measure =
                new StringBuilder()
                        .append(count(text.paragraphs(), "paragraph"))
                        .append(" for ")
                        .append(String.format(Locale.ROOT, "%,d", text.characters()))
                        .append(" characters");
        if (text.mostlyAddresses()) {
            measure.append(", ")
                    .append(100 * text.addressCharacters() / text.characters())
                    .append("% of them addresses");
        }
        measure.append("; the HTML part has ").append(count(structure.headings(), "heading"));
        if (structure.lists() > 0) {
            measure.append(" and ").append(count(structure.lists(), "list"));
        }
        return measure.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * The layout of a plain text, before its closing reference list.
     *
     * @param characters the characters other than white space
     * @param paragraphs the runs of non-blank lines
     * @param addressCharacters the characters of web addresses and {@code [n]} markers
     */
    record TextShape(int characters, int paragraphs, int addressCharacters) {

        static TextShape of(String plain) {
            List<String> lines = TextBodyReader.splitLines(plain);
            int end = ReferenceList.closing(lines).start();
            if (end >= 0) {
                lines = lines.subList(0, end);
            }
            int characters = 0;
            int paragraphs = 0;
            int addresses = 0;
            boolean inParagraph = false;
            for (String line : lines) {
                if (line.isBlank()) {
                    inParagraph = false;
                    continue;
                }
                if (!inParagraph) {
                    paragraphs++;
                    inParagraph = true;
                }
                characters += nonSpace(line);
                Matcher address = ADDRESS.matcher(line);
                while (address.find()) {
                    addresses += nonSpace(address.group());
                }
            }
            return new TextShape(characters, paragraphs, addresses);
        }

        /** Whether there is one paragraph or fewer per thousand characters. */
        boolean sparse() {
            return (long) paragraphs * CHARACTERS_PER_PARAGRAPH <= characters;
        }

        /** Whether at least half the characters are addresses and reference markers. */
        boolean mostlyAddresses() {
            return characters > 0 && 2L * addressCharacters >= characters;
        }

        private static int nonSpace(String text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * The structure of an HTML body as {@link HtmlBodyReader} reads it.
     *
     * @param headings headings, and bold lines of at most twelve words standing alone
     * @param lists bullet and numbered lists
     */
    record HtmlShape(int headings, int lists) {

        static HtmlShape of(String html) {
            int headings = 0;
            int lists = 0;
            for (Unit unit : new HtmlBodyReader(1).read(html)) {
                if (unit.shape() == UnitShape.HEADING
                        || unit.shape() == UnitShape.PARAGRAPH
                                && unit.emphasized()
                                && unit.wordCount() <= MAX_HEADING_WORDS) {
                    headings++;
                } else if (unit.shape() == UnitShape.LIST) {
                    lists++;
                }
            }
            return new HtmlShape(headings, lists);
        }
    }
}
