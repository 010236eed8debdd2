package dev.newsletter.parser.internal.email;

import dev.newsletter.DatePrecision;
import dev.newsletter.Diagnostic;
import dev.newsletter.Entry;
import dev.newsletter.ParseOptions;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionLabel;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.content.Block;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.Text;
import dev.newsletter.parser.internal.common.ReadingListLead;
import dev.newsletter.parser.internal.common.SectionKinds;
import dev.newsletter.parser.internal.common.TitleStamp;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the structure of a body from its {@link Unit}s, the way a reader does: the preheader
 * (tagline, "View this email in browser"), the edition line, section headings (labels of the
 * vocabulary, or short lines set apart), entry titles (headline-style lines, whole-link
 * paragraphs), attributions closing an entry, a reading list announced only by its lead sentence,
 * and the messages of a digest. Nothing is dropped: what is no heading or title stays as content of
 * the intro, a section or an entry.
 *
 * <p>One instance per body; not thread-safe.
 */
final class IssueAssembler {

    private static final int PREHEADER_UNITS = 4;
    private static final String DECORATION = "=#*~_- \t";
    private static final int MAX_HEADING_WORDS = 10;
    private static final int MAX_PREHEADER_WORDS = 25;
    private static final Pattern LIST_TAG =
            Pattern.compile("^((?:(?:Re|Fwd?|AW|WG):\\s*)*)\\[[^\\]]{1,60}\\]\\s*");

    /** The most words a label over a group of entries has: "Git tools and sites". */
    private static final int MAX_LABEL_WORDS = 6;

    /** How a title is set apart, strongest first. */
    private enum TitleStyle {
        HEADING,
        LINK,
        BOLD,
        PLAIN
    }

    private final SectionVocabulary vocabulary;
    private final ZoneId zone;
    private final URI baseUri;

    private final List<Block> intro = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<Map<String, Object>> messages = new ArrayList<>();
    private final List<Person> authors = new ArrayList<>();

    /** The open section's lead blocks, kept here so that a closing sign-off can be taken back. */
    private final List<Block> sectionBlocks = new ArrayList<>();

    /** Where the last block went: the intro or the open section's lead, else null (an entry). */
    private List<Block> lastLooseTarget;

    private Section.Builder section;
    private Entry.Builder entry;
    // The builders do not expose what they hold; these mirror it, so no rule rebuilds a value.
    private SectionKind sectionKind;

    /** How the open section sets its first entry's title apart, or null before its first entry. */
    private TitleStyle sectionTitleStyle;

    private int entryBlocks;
    private boolean entryHasContributor;
    private boolean entryHasLink;
    private String edition;
    private LocalDate editionDate;
    private DatePrecision editionPrecision = DatePrecision.DAY;
    private String tagline;
    private String title;
    private String publicationName;
    private OffsetDateTime latestMessage;
    private int sectionLevel = 2;

    /** The sections around the open subsection, innermost first, and their lead blocks. */
    private final Deque<Section.Builder> openSections = new ArrayDeque<>();

    private final Deque<List<Block>> openBlocks = new ArrayDeque<>();

    private final Deque<SectionKind> openKinds = new ArrayDeque<>();

    /** Whether the last list read was text of an entry or section rather than its entries. */
    private boolean lastListWasText;

    /** Whether the body is plain text, whose layout (underlines, blank lines) carries structure. */
    private final boolean plainText;

    /**
     * Whether a plain-text body underlines the titles of its entries one level below its sections,
     * so that no bare line is a title.
     */
    private boolean markedTitles;

    /** Whether the text marks its section headings (underlined or {@code #}), two at least. */
    private boolean markedSections;

    private Unit titleHeading;

    private final String source;
    private final List<Diagnostic> diagnostics;
    private boolean introChecked;

    /**
     * An assembler for one body.
     *
     * @param options the vocabulary, the zone of dates that name none, the base of relative links
     * @param source the name of the source in diagnostics
     * @param diagnostics where problems go
     */
    IssueAssembler(
            ParseOptions options, String source, List<Diagnostic> diagnostics, boolean plainText) {
        this.plainText = plainText;
        this.vocabulary = options.vocabulary();
        this.zone = options.zone();
        this.baseUri = options.baseUri();
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /** The structure of the body made of {@code units}. */
    AssembledBody assemble(List<Unit> units) {
        Set<Integer> consumed = new HashSet<>();
        readPreheader(units, consumed);
        chooseHeadingLevels(units, consumed);
        boolean digest = units.stream().anyMatch(unit -> unit.shape() == UnitShape.HEADERS);
        int footer = digest ? units.size() : FooterLines.start(units);
        Unit previous = null;
        for (int i = 0; i < footer; i++) {
            if (consumed.contains(i)) {
                continue;
            }
            Unit unit = units.get(i);
            Unit next = i + 1 < footer ? units.get(i + 1) : null;
            read(unit, previous, next, digest);
            previous = unit;
        }
        readSignOff();
        closeSection();
        List<String> footerText = new ArrayList<>();
        for (Unit unit : units.subList(footer, units.size())) {
            if (!unit.text().isBlank()) {
                footerText.add(unit.text());
            }
        }
        if (!footerText.isEmpty()) {
            metadata.put("footer", String.join("\n", footerText));
        }
        if (!messages.isEmpty()) {
            metadata.put("messages", messages);
        }
        return new AssembledBody(
                intro,
                new SectionKinds(vocabulary, SectionKinds.DEFAULT_RULES).apply(sections),
                edition,
                editionDate,
                editionPrecision,
                tagline,
                title,
                publicationName,
                authors,
                latestMessage,
                metadata);
    }

    // --- preheader and headings ---------------------------------------------------------------

    /** The tagline and "View this email in browser" lines at the very top. */
    private void readPreheader(List<Unit> units, Set<Integer> consumed) {
        int limit = Math.min(units.size(), PREHEADER_UNITS);
        for (int i = 0; i < limit; i++) {
            Unit unit = units.get(i);
            if (unit.shape() == UnitShape.HEADING || EditionLine.parse(unit.text()) != null) {
                return;
            }
            if (unit.shape() != UnitShape.PARAGRAPH) {
                continue;
            }
            List<List<Inline>> lines = lines(unit.inlines());
            int viewLine = -1;
            for (int j = 0; j < lines.size(); j++) {
                if (ViewInBrowserLine.matches(Inline.plainText(lines.get(j)))) {
                    viewLine = j;
                    break;
                }
            }
            if (viewLine < 0) {
                continue;
            }
            List<List<Inline>> before = new ArrayList<>();
            for (int k = 0; k < i; k++) {
                Unit earlier = units.get(k);
                if (earlier.shape() == UnitShape.PARAGRAPH) {
                    before.addAll(lines(earlier.inlines()));
                    consumed.add(k);
                }
            }
            before.addAll(lines.subList(0, viewLine));
            List<Inline> view = lines.get(viewLine);
            URI target = HtmlBodyReader.wholeLink(view);
            String viewText = Words.collapse(Inline.plainText(view));
            metadata.put("viewInBrowser", target != null ? target.toString() : viewText);
            if (target != null) {
                metadata.put("viewInBrowserText", viewText);
            }
            consumed.add(i);
            List<List<Inline>> rest = new ArrayList<>(lines.subList(viewLine + 1, lines.size()));
            for (List<Inline> line : before) {
                String text = Words.collapse(Inline.plainText(line));
                if (tagline == null
                        && !text.isEmpty()
                        && Words.count(text) <= MAX_PREHEADER_WORDS) {
                    tagline = text;
                } else if (!text.isEmpty()) {
                    intro.add(new Paragraph(line));
                }
            }
            for (List<Inline> line : rest) {
                if (!Inline.plainText(line).isBlank()) {
                    intro.add(new Paragraph(line));
                }
            }
            return;
        }
    }

    /** Splits inlines at line breaks. */
    private static List<List<Inline>> lines(List<Inline> inlines) {
        List<List<Inline>> lines = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof LineBreak) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                current.add(inline);
            }
        }
        lines.add(current);
        return lines;
    }

    /**
     * The heading level that starts sections: the highest level used, unless that level is one lone
     * heading before all others (the newsletter's own title), which then becomes the title.
     */
    private void chooseHeadingLevels(List<Unit> units, Set<Integer> consumed) {
        List<Unit> headings = new ArrayList<>();
        Unit firstContent = null;
        boolean editionFirst = false;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (headings.isEmpty() && EditionLine.parse(unit.text()) != null) {
                editionFirst = true;
            }
            boolean content =
                    !consumed.contains(i)
                            && unit.shape() != UnitShape.FIGURE
                            && unit.shape() != UnitShape.RULE
                            && EditionLine.parse(unit.text()) == null;
            if (firstContent == null && content) {
                firstContent = unit;
            }
            if (unit.shape() == UnitShape.HEADING && EditionLine.parse(unit.text()) == null) {
                headings.add(unit);
            }
        }
        if (headings.isEmpty()) {
            return;
        }
        int top = 6;
        int topCount = 0;
        for (Unit heading : headings) {
            if (heading.level() < top) {
                top = heading.level();
                topCount = 1;
            } else if (heading.level() == top) {
                topCount++;
            }
        }
        sectionLevel = top;
        markedSections = topCount >= 2;
        int titles = 0;
        for (Unit heading : headings) {
            titles += heading.level() == top + 1 ? 1 : 0;
        }
        markedTitles = plainText && titles >= 1;
        if (topCount == 1
                && headings.get(0).level() == top
                && headings.size() > 1
                && headings.get(0) == firstContent
                && !editionFirst
                && vocabulary.match(headings.get(0).text()).kind() == SectionKind.OTHER) {
            // a lone top heading names the newsletter, unless the edition line came first or it
            // names a kind of section
            titleHeading = headings.get(0);
            int next = 6;
            for (Unit heading : headings.subList(1, headings.size())) {
                next = Math.min(next, heading.level());
            }
            sectionLevel = next;
            int marked = 0;
            for (Unit heading : headings.subList(1, headings.size())) {
                marked += heading.level() == next ? 1 : 0;
            }
            markedSections = marked >= 2;
        }
    }

    // --- the main pass --------------------------------------------------------------------------

    private void read(Unit unit, Unit previous, Unit next, boolean digest) {
        switch (unit.shape()) {
            case RULE -> {
                // A separator is a boundary, not content: it makes the next short line a heading.
            }
            case HEADERS -> startMessage(unit);
            case HEADING -> {
                if (messages.isEmpty()) {
                    readHeading(unit);
                } else {
                    addBody(unit.block());
                }
            }
            case SUBHEADING -> {
                if (messages.isEmpty() && section != null) {
                    startSubsection(unit.text(), unit.level());
                } else {
                    addBody(unit.block());
                }
            }
            case PARAGRAPH -> readParagraph(unit, previous, next, digest);
            case LIST -> readList(unit, previous);
            default -> addBody(unit.block());
        }
    }

    private void readHeading(Unit unit) {
        EditionLine.Edition named = EditionLine.parse(unit.text());
        if (named != null && edition == null && section == null) {
            setEdition(named);
            return;
        }
        if (unit == titleHeading) {
            if (title == null) {
                title = unit.text();
            } else {
                intro.add(unit.block());
            }
            return;
        }
        if (unit.level() <= sectionLevel) {
            startSection(unit.text());
        } else if (section != null && headsText(unit.level())) {
            addBody(unit.block()); // "### Research" below underlined titles: a heading in the text
        } else if (section != null) {
            startEntry(unit.text(), unit.link(), TitleStyle.HEADING);
        } else {
            intro.add(unit.block());
        }
    }

    /**
     * Whether a heading at {@code level} heads part of a text rather than an entry: it sits two
     * levels or more below the sections, under the level entry titles take.
     */
    private boolean headsText(int level) {
        return level > sectionLevel + 1;
    }

    private void readParagraph(Unit unit, Unit previous, Unit next, boolean digest) {
        String text = unit.text();
        if (!messages.isEmpty()) {
            addBody(unit.block()); // inside a digest's message everything is the message's body
            return;
        }
        boolean afterRule = previous != null && previous.shape() == UnitShape.RULE;
        if (edition == null && section == null && unit.link() == null && readMasthead(unit, next)) {
            return;
        }
        if (digest && section == null && isTableOfContentsLead(unit, next)) {
            startSection(text.substring(0, text.length() - 1).strip());
            return;
        }
        if (next != null
                && next.shape() != UnitShape.RULE
                && isSectionHeadingLine(unit, afterRule)) {
            startSection(text);
            return;
        }
        if (sectionKind() != SectionKind.READING
                && ReadingListLead.matches(text)
                && Attribution.find(unit.inlines()) == null
                && next != null
                && next.shape() == UnitShape.PARAGRAPH
                && isTitleCandidate(next, unit)) {
            startUnlabelledSection(SectionKind.READING);
            addBody(unit.block());
            return;
        }
        if (entry != null && entryBlocks == 0 && !entryHasContributor) {
            Attribution.Found byline = Attribution.byline(unit.inlines());
            if (byline != null) {
                setContributor(byline.person());
                return;
            }
            if (unit.block() instanceof Paragraph paragraph) {
                Person first = Attribution.firstOfSeveral(paragraph.inlines());
                if (first != null) {
                    // "by Ana [1] and Bo [2]": the first named is the contributor, and the line
                    // stays, so that nobody named is dropped
                    setContributor(first);
                    addBody(paragraph);
                    return;
                }
            }
        }
        if (isSignOff(unit) && (closesSection(next) || isSignature(next))) {
            addBody(unit.block()); // "Enjoy!" or "See ya! 👋" closes a part, titles nothing
            return;
        }
        if (isGroupLabel(unit, next)) {
            addBody(unit.block());
            return;
        }
        if (isClosingLinkedLine(unit, next)) {
            addBody(unit.block());
            return;
        }
        if (plainText
                && section == null
                && !markedTitles
                && unit.gapBefore() >= 2
                && unit.link() != null
                && !intro.isEmpty()
                && next != null
                && next.shape() == UnitShape.PARAGRAPH
                && !next.isStandaloneLine()
                && isTitleCandidate(unit, previous)) {
            // two blank lines end the intro; a linked title over its text there opens a section
            // without a heading, as the titles of a reading list stand under a greeting
            startEntry(text, unit.link(), styleOf(unit));
            return;
        }
        // in a text that underlines every title, a bare line is none
        if (!markedTitles
                && section != null
                && isTitleCandidate(unit, previous)
                && !isSubheading(unit)) {
            startEntry(text, unit.link(), styleOf(unit));
            return;
        }
        if (!markedTitles && isClosingBareTitle(unit, next)) {
            startEntry(text, null, TitleStyle.PLAIN);
            return;
        }
        if (previous != null && endsWithColon(previous) && isQuotedPassage(text)) {
            addBody(Quote.of(unit.block()));
            return;
        }
        if (section == null) {
            checkIntroMonth(unit);
        }
        addBody(unit.block());
    }

    /** Warns when the intro's first paragraph names another month than the edition line. */
    private void checkIntroMonth(Unit unit) {
        if (introChecked || editionDate == null) {
            return;
        }
        introChecked = true;
        Month named = MonthMention.first(unit.text());
        if (named != null && named != editionDate.getMonth()) {
            diagnostics.add(
                    Diagnostic.warning(
                            source,
                            unit.line(),
                            1,
                            "the intro names "
                                    + display(named)
                                    + " but the edition line says "
                                    + edition));
        }
    }

    private static String display(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "Today's Topics:" followed by the numbered list of a digest's messages. */
    private static boolean isTableOfContentsLead(Unit unit, Unit next) {
        return unit.isStandaloneLine()
                && unit.text().endsWith(":")
                && unit.wordCount() <= 6
                && next != null
                && next.shape() == UnitShape.LIST;
    }

    /**
     * A short line standing alone that opens a section: a label of the vocabulary written as a
     * heading ("New Research!", "Recommended Reading"), or any short line set apart by a separator
     * line above it or written in capitals. The caller checks that content follows it: a closing
     * line ("Thanks for reading!") heads nothing.
     */
    private boolean isSectionHeadingLine(Unit unit, boolean afterRule) {
        if (!unit.isStandaloneLine() || unit.link() != null || unit.emphasized() && !afterRule) {
            return false;
        }
        String text = unit.text();
        int words = unit.wordCount();
        // a line set apart by two blank lines may carry a section's subtitle after its label
        // ("New research! Deep Metric Learning: Applications in ..."), so it may run longer
        int maxWords = unit.gapBefore() >= 2 ? 2 * MAX_HEADING_WORDS : MAX_HEADING_WORDS;
        if (words == 0 || words > maxWords || text.length() > 160) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean sentenceEnd =
                last == '.' || last == '?' || last == ',' || last == ';' || last == '…';
        if (sentenceEnd) {
            return false;
        }
        if (markedSections && !afterRule && !HeadlineStyle.isAllCaps(text)) {
            // a text that underlines its section headings sets none as a bare line: "Light
            // reading" among its entries labels a group of them
            return false;
        }
        SectionLabel label = vocabulary.match(text);
        if (section != null
                && label.kind() == sectionKind()
                && label.kind() != SectionKind.OTHER
                && last != '!'
                && unit.gapBefore() < 2
                && !afterRule) {
            // "Our previous livestreams:" or "Profiling Streams Live" under "Fast Forward Live!"
            // lead
            // into or continue the open section rather than start another of the same kind.
            return false;
        }
        if (label.kind() != SectionKind.OTHER) {
            boolean writtenAsHeading =
                    last == '!'
                            || last == ':'
                            || words <= 3
                            || unit.gapBefore() >= 2
                            || afterRule
                            || HeadlineStyle.isAllCaps(text);
            if (writtenAsHeading) {
                return true;
            }
        }
        if (afterRule && last != ':') {
            return true;
        }
        if (unit.gapBefore() >= 2
                && section != null
                && words <= 4
                && last != ':'
                && last != '!'
                && HeadlineStyle.isHeadline(text)) {
            // two blank lines set sections apart in text emails: "Events" after the last entry
            return true;
        }
        return HeadlineStyle.isAllCaps(text) && words <= 6 && last != ':';
    }

    /**
     * A line that titles an entry: a paragraph that is one link, a bold line, or a short
     * headline-style line; never a line that a colon announced (a caption or an example).
     */
    private static boolean isTitleCandidate(Unit unit, Unit previous) {
        if (unit.shape() == UnitShape.HEADING) {
            return true;
        }
        if (unit.shape() != UnitShape.PARAGRAPH || !unit.isStandaloneLine()) {
            return false;
        }
        String text = unit.text();
        int words = unit.wordCount();
        if (words == 0 || words > HeadlineStyle.MAX_TITLE_WORDS || text.length() > 200) {
            return false;
        }
        if (text.startsWith("(") && text.endsWith(")")) {
            return false; // "(Github)": an aside on what precedes it
        }
        if (PlainInlines.wholeUrl(text) != null) {
            // a bare address is a title only when marked as one: "https://… [4]" names a listed
            // link
            return unit.link() != null && unit.link().toString().equals(text);
        }
        Attribution.Found signature = Attribution.find(unit.inlines());
        if (signature != null && signature.body().isEmpty()) {
            return false; // "— Victor [12]" on its own line signs the entry above, titles nothing
        }
        if (unit.link() != null) {
            return true;
        }
        if (previous != null && endsWithColon(previous)) {
            return false;
        }
        if (previous != null && previous.isStandaloneLine() && previous.text().endsWith(",")) {
            return false; // "Until next week," over "The Lab Team": a signature, not a title
        }
        if (unit.emphasized()) {
            return !HeadlineStyle.endsLikeSentence(text);
        }
        return HeadlineStyle.isHeadline(text);
    }

    /**
     * "Watch the 4-min demo video [6]" right after an entry's text and closing the section: a
     * sentence-case line whose link words end it is the entry's last line, not a title of its own.
     */
    private boolean isClosingLinkedLine(Unit unit, Unit next) {
        return closesSection(next)
                && entry != null
                && entryBlocks > 0
                && unit.isStandaloneLine()
                && unit.link() != null
                && !HeadlineStyle.isHeadline(unit.text())
                && Words.collapse(unit.block().plainText()).equals(unit.text());
    }

    /**
     * "Support" or "Light reading" right above a linked or underlined title: a label grouping the
     * entries that follow, not an entry of its own (an entry without a link or a body says
     * nothing).
     */
    private boolean isGroupLabel(Unit unit, Unit next) {
        return section != null
                && next != null
                && unit.isStandaloneLine()
                && unit.link() == null
                && unit.wordCount() > 0
                && unit.wordCount() <= MAX_LABEL_WORDS
                && !HeadlineStyle.endsLikeSentence(unit.text())
                && Attribution.find(unit.inlines()) == null
                && (next.shape() == UnitShape.HEADING && next.level() > sectionLevel
                        || next.isStandaloneLine()
                                && next.link() != null
                                && PlainInlines.wholeUrl(next.text()) == null);
    }

    /**
     * Whether what follows a unit ends its section: nothing, a section's heading or a separator
     * line.
     */
    private boolean closesSection(Unit next) {
        return next == null
                || next.shape() == UnitShape.HEADING && next.level() <= sectionLevel
                || next.shape() == UnitShape.SUBHEADING
                || next.shape() == UnitShape.RULE;
    }

    /**
     * "All our best," (maybe with the name on the same line), or "-- The Lab Team": a line that
     * signs off or signs a message.
     */
    private static boolean isSignature(Unit unit) {
        if (unit == null || !unit.isStandaloneLine() || unit.wordCount() > 10) {
            return false;
        }
        String text = unit.text();
        int comma = text.indexOf(", ");
        boolean valediction =
                comma > 0
                        && Words.count(text.substring(0, comma)) <= 4
                        && comma + 2 < text.length()
                        && Character.isUpperCase(text.codePointAt(comma + 2));
        return text.endsWith(",")
                || valediction && !HeadlineStyle.endsLikeSentence(text)
                || text.startsWith("--")
                || text.startsWith("\u2014");
    }

    /** A short exclamation without a link, maybe followed by an emoji: "See ya! 👋". */
    private static boolean isSignOff(Unit unit) {
        if (!unit.isStandaloneLine() || unit.link() != null || unit.wordCount() > 8) {
            return false;
        }
        String text = unit.text();
        int end = text.length();
        while (end > 0) {
            int last = text.codePointBefore(end);
            if (!Character.isWhitespace(last)
                    && Character.getType(last) != Character.OTHER_SYMBOL
                    && Character.getType(last) != Character.NON_SPACING_MARK
                    && last != '\uFE0F'
                    && !Character.isSupplementaryCodePoint(last)) {
                break;
            }
            end -= Character.charCount(last);
        }
        return end > 0 && text.charAt(end - 1) == '!';
    }

    /**
     * A short unpunctuated line closing the section right below an entry that has only its title:
     * one more title of a list of titles ("Streaming feature stores [6]", then "Evaluating
     * retrieval systems"), not a one-line body, which would read as a sentence.
     */
    private boolean isClosingBareTitle(Unit unit, Unit next) {
        return closesSection(next)
                && section != null
                && entry != null
                && entryBlocks == 0
                && !entryHasContributor
                && unit.isStandaloneLine()
                && unit.link() == null
                && unit.wordCount() > 0
                && unit.wordCount() <= HeadlineStyle.MAX_TITLE_WORDS
                && !unit.text().endsWith(":")
                && !unit.text().endsWith("!")
                && !HeadlineStyle.endsLikeSentence(unit.text())
                && PlainInlines.wholeUrl(unit.text()) == null
                && Attribution.find(unit.inlines()) == null;
    }

    private static TitleStyle styleOf(Unit unit) {
        if (unit.shape() == UnitShape.HEADING) {
            return TitleStyle.HEADING;
        }
        return unit.link() != null
                ? TitleStyle.LINK
                : unit.emphasized() ? TitleStyle.BOLD : TitleStyle.PLAIN;
    }

    /**
     * A line set apart less strongly than the titles of its section, inside an entry that has a
     * body: a bold "Safeguards" within an essay whose title was a heading is a subheading.
     */
    private boolean isSubheading(Unit unit) {
        return entry != null
                && entryBlocks > 0
                && sectionTitleStyle != null
                && styleOf(unit).compareTo(sectionTitleStyle) > 0;
    }

    private static boolean endsWithColon(Unit unit) {
        return unit.shape() == UnitShape.PARAGRAPH && unit.text().endsWith(":");
    }

    /** A passage in quotation marks or opened by an ellipsis: quoted from the work discussed. */
    private static boolean isQuotedPassage(String text) {
        return text.startsWith("…")
                || text.startsWith("...")
                || (text.startsWith("“") && (text.endsWith("”") || text.endsWith("”.")))
                || (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1);
    }

    private void readList(Unit unit, Unit previous) {
        ListBlock list = (ListBlock) unit.block();
        boolean continuesBodyList =
                previous != null && previous.shape() == UnitShape.LIST && lastListWasText;
        if (entry != null && previous != null && endsWithColon(previous) || continuesBodyList) {
            // "Thanks to:" over "- @ana for the translation": a list the entry's text announces;
            // or the next item of a loose list of the entry's or the section's text, set apart by
            // a blank line
            addBody(list);
            return;
        }
        if (entry != null && markedTitles && messages.isEmpty()) {
            // a text that underlines every title sets none as a list item: a list of linked
            // tools under an entry's title is that entry's text
            addBody(list);
            lastListWasText = true;
            return;
        }
        lastListWasText = false;
        if (section != null && messages.isEmpty() && ListItemTitle.allTitled(list)) {
            for (ListItem item : list.items()) {
                ListItemTitle head = ListItemTitle.of(item);
                TitleStyle style = head.link() != null ? TitleStyle.LINK : TitleStyle.BOLD;
                startEntry(head.title(), head.link(), style);
                head.body().forEach(this::addBody);
            }
            closeEntry(); // each item is whole: what follows the list belongs to the section
            return;
        }
        if (section != null && messages.isEmpty() && ListItemTitle.isOutline(list)) {
            for (ListItem item : list.items()) {
                String line = Words.collapse(item.blocks().get(0).plainText());
                TitleStamp stamp = TitleStamp.of(line);
                startEntry(stamp == null ? line : stamp.title(), null, TitleStyle.PLAIN);
                if (stamp != null) { // "js/reset (Sat Nov 3 …) 2 commits": the stamp is text
                    addBody(new Paragraph(List.of(new Text(stamp.rest()))));
                }
                addBody(item.blocks().get(1));
            }
            return;
        }
        addBody(list);
        lastListWasText = true;
    }

    // --- building
    // ---------------------------------------------------------------------------------

    private void setEdition(EditionLine.Edition named) {
        edition = named.name();
        editionDate = named.date();
        editionPrecision = named.precision();
    }

    /**
     * The masthead at the top of a text body: an edition line ("February 2022", "Issue #42 - March
     * 3, 2024"), maybe under the newsletter's name on the line above it or in the paragraph before.
     */
    private boolean readMasthead(Unit unit, Unit next) {
        if (unit.isStandaloneLine()) {
            EditionLine.Edition named = EditionLine.parse(unit.text());
            if (named != null) {
                setEdition(named);
                keepEditionLine(named, unit.text());
                return true;
            }
            boolean nameAbove =
                    intro.isEmpty()
                            && next != null
                            && next.isStandaloneLine()
                            && EditionLine.parse(next.text()) != null
                            && unit.wordCount() <= 8
                            && !HeadlineStyle.endsLikeSentence(unit.text());
            if (nameAbove && publicationName == null) {
                publicationName = unit.text();
                return true;
            }
            return false;
        }
        if (unit.shape() != UnitShape.PARAGRAPH || unit.lineCount() > 3 || !intro.isEmpty()) {
            return false;
        }
        List<List<Inline>> lines = lines(unit.inlines());
        EditionLine.Edition named = null;
        int editionLine = -1;
        for (int i = 0; i < lines.size() && named == null; i++) {
            named = EditionLine.parse(Words.collapse(Inline.plainText(lines.get(i))));
            editionLine = i;
        }
        if (named == null) {
            return false;
        }
        setEdition(named);
        for (int i = 0; i < lines.size(); i++) {
            String text = Words.collapse(Inline.plainText(lines.get(i)));
            if (i == editionLine || text.isEmpty()) {
                continue;
            }
            if (i < editionLine && publicationName == null && Words.count(text) <= 8) {
                publicationName = text;
            } else {
                intro.add(new Paragraph(lines.get(i)));
            }
        }
        keepEditionLine(named, Words.collapse(Inline.plainText(lines.get(editionLine))));
        return true;
    }

    /** "Issue #42 - March 3, 2024": the number is the edition; keep the line as written too. */
    private void keepEditionLine(EditionLine.Edition named, String line) {
        if (!named.name().equals(line)) {
            metadata.put("editionLine", line);
        }
    }

    /** A heading without the rulers plain text draws around it: "== NEWS ==" gives "NEWS". */
    private static String undecorated(String heading) {
        int start = 0;
        int end = heading.length();
        while (start < end && DECORATION.indexOf(heading.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && DECORATION.indexOf(heading.charAt(end - 1)) >= 0) {
            end--;
        }
        return start == end ? heading : heading.substring(start, end);
    }

    /** The kind of the open section, or null before the first one. */
    private SectionKind sectionKind() {
        return sectionKind;
    }

    private void startSection(String written) {
        closeSection();
        String heading = undecorated(written);
        SectionLabel label = vocabulary.match(heading);
        section = Section.builder(label.kind()).heading(heading).title(label.title());
        sectionKind = label.kind();
        sectionTitleStyle = null;
    }

    /**
     * Opens a subsection of the open section at {@code level} (3 under {@code ~}, 4 under {@code
     * .}), closing the open subsections of that level or deeper.
     */
    private void startSubsection(String written, int level) {
        closeEntry();
        while (!openSections.isEmpty() && section.level() >= level) {
            closeSubsection();
        }
        if (section.level() >= level) {
            level = section.level() + 1; // under a section of that level: one deeper
        }
        openSections.push(section);
        openKinds.push(sectionKind);
        openBlocks.push(new ArrayList<>(sectionBlocks));
        sectionBlocks.clear();
        String heading = undecorated(written);
        SectionLabel label = vocabulary.match(heading);
        section =
                Section.builder(label.kind())
                        .heading(heading)
                        .title(label.title())
                        .level(Math.min(Section.MAX_LEVEL, level));
        sectionKind = label.kind();
        sectionTitleStyle = null;
    }

    /** Builds the open subsection into the section around it. */
    private void closeSubsection() {
        closeEntry();
        Section built = section.blocks(sectionBlocks).build();
        section = openSections.pop();
        sectionBlocks.clear();
        sectionBlocks.addAll(openBlocks.pop());
        section.addSubsection(built);
        sectionKind = openKinds.pop();
    }

    private void startUnlabelledSection(SectionKind kind) {
        closeSection();
        section = Section.builder(kind);
        sectionKind = kind;
        sectionTitleStyle = null;
    }

    private void startEntry(String entryTitle, URI link, TitleStyle style) {
        closeEntry();
        if (section == null) {
            startUnlabelledSection(SectionKind.OTHER);
        }
        if (sectionTitleStyle == null) {
            sectionTitleStyle = style;
        }
        entry = Entry.builder().title(entryTitle).link(resolve(link));
        entryBlocks = 0;
        entryHasContributor = false;
        entryHasLink = link != null;
    }

    private void startMessage(Unit unit) {
        Map<String, String> headers = unit.headers();
        Map<String, Object> message = new LinkedHashMap<>(headers);
        messages.add(message);
        String subject = headers.getOrDefault("subject", "");
        String from = headers.get("from");
        String messageTitle = LIST_TAG.matcher(subject).replaceFirst("$1").strip();
        if (section == null) {
            startUnlabelledSection(SectionKind.OTHER);
        }
        startEntry(messageTitle, null, TitleStyle.HEADING);
        if (from != null) {
            String name = MailAddress.displayName(from);
            if (name != null && !name.isBlank()) {
                setContributor(Person.of(name));
            }
        }
        if (headers.containsKey("date")) {
            OffsetDateTime date = MailDate.parse(headers.get("date"), zone);
            if (date != null && (latestMessage == null || date.isAfter(latestMessage))) {
                latestMessage = date;
            }
        }
    }

    private void addBody(Block block) {
        if (block instanceof Paragraph paragraph) {
            String text = Words.collapse(paragraph.plainText());
            if (publicationName == null) {
                publicationName = MailmanDigest.listName(text);
            }
            MailmanDigest.Name digestName = MailmanDigest.name(text);
            if (digestName != null && title == null) {
                title = digestName.title();
                if (edition == null) {
                    edition = digestName.edition();
                }
            }
        }
        if (entry != null) {
            Block kept = block;
            if (block instanceof Paragraph paragraph && !entryHasContributor) {
                Attribution.Found found = Attribution.find(paragraph.inlines());
                if (found != null) {
                    setContributor(found.person());
                    kept = found.body().isEmpty() ? null : new Paragraph(found.body());
                }
            }
            if (kept != null) {
                entry.addBlock(kept);
                entryBlocks++;
                if (!entryHasLink && messages.isEmpty() && kept instanceof Paragraph paragraph) {
                    URI more = readMoreLink(paragraph.inlines());
                    if (more != null) {
                        entry.link(resolve(more));
                        entryHasLink = true;
                    }
                }
            }
        } else if (section != null) {
            sectionBlocks.add(block);
            lastLooseTarget = sectionBlocks;
            return;
        } else {
            intro.add(block);
            lastLooseTarget = intro;
            return;
        }
        lastLooseTarget = null;
    }

    /**
     * A sign-off closing the whole body outside any entry ("That's all for this week! - Sam") names
     * the issue's author.
     */
    private void readSignOff() {
        if (lastLooseTarget == null || lastLooseTarget.isEmpty() || !messages.isEmpty()) {
            return;
        }
        int last = lastLooseTarget.size() - 1;
        if (!(lastLooseTarget.get(last) instanceof Paragraph paragraph)) {
            return;
        }
        Attribution.Found found = Attribution.find(paragraph.inlines());
        if (found != null) {
            authors.add(found.person());
            if (found.body().isEmpty()) {
                lastLooseTarget.remove(last);
            } else {
                lastLooseTarget.set(last, new Paragraph(found.body()));
            }
        }
    }

    private void setContributor(Person person) {
        entry.contributor(
                person.uri() == null ? person : Person.of(person.name(), resolve(person.uri())));
        entryHasContributor = true;
    }

    /**
     * The target of a paragraph that only points somewhere, as plain-text entries end: a lone
     * address, or "Read more: https://..." with a few words before it. Null otherwise.
     */
    private static URI readMoreLink(List<Inline> inlines) {
        Link only = null;
        StringBuilder lead = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Link link) {
                if (only != null) {
                    return null;
                }
                only = link;
            } else if (only != null) {
                if (!inline.plainText().isBlank()) {
                    return null;
                }
            } else {
                lead.append(inline.plainText());
            }
        }
        if (only == null) {
            return null;
        }
        String before = lead.toString().strip();
        boolean pointer =
                before.isEmpty()
                        || Words.count(before) <= 4
                                && (before.endsWith(":")
                                        || before.endsWith("→")
                                        || before.endsWith(">"));
        return pointer && PlainInlines.wholeUrl(only.plainText()) != null
                ? uri(only.destination())
                : null;
    }

    /** A relative link made absolute against the base URI, when one is configured. */
    private URI resolve(URI link) {
        if (link == null || baseUri == null || link.isAbsolute()) {
            return link;
        }
        try {
            return baseUri.resolve(link);
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private void closeEntry() {
        if (entry != null) {
            section.addEntry(entry.build());
            entry = null;
        }
    }

    private void closeSection() {
        closeEntry();
        while (!openSections.isEmpty()) {
            closeSubsection();
        }
        if (section != null) {
            sections.add(section.blocks(sectionBlocks).build());
            sectionBlocks.clear();
            section = null;
            sectionKind = null;
        }
    }

    private static URI uri(String destination) {
        try {
            return new URI(destination.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
