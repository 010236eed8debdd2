package dev.newsletter.parser.internal.email;

import dev.newsletter.Entry;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionLabel;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.content.Block;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final int MAX_HEADING_WORDS = 10;
    private static final int MAX_PREHEADER_WORDS = 25;
    private static final Pattern LIST_TAG =
            Pattern.compile("^((?:(?:Re|Fwd?|AW|WG):\\s*)*)\\[[^\\]]{1,60}\\]\\s*");

    private final SectionVocabulary vocabulary;
    private final ZoneId zone;

    private final List<Block> intro = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<Map<String, Object>> messages = new ArrayList<>();
    private Section.Builder section;
    private Entry.Builder entry;
    // The builders do not expose what they hold; these mirror it, so no rule rebuilds a value.
    private SectionKind sectionKind;
    private int entryBlocks;
    private boolean entryHasContributor;
    private String edition;
    private LocalDate editionDate;
    private String tagline;
    private String title;
    private String publicationName;
    private OffsetDateTime latestMessage;
    private int sectionLevel = 2;
    private Unit titleHeading;

    IssueAssembler(SectionVocabulary vocabulary, ZoneId zone) {
        this.vocabulary = vocabulary;
        this.zone = zone;
    }

    /** The structure of the body made of {@code units}. */
    AssembledBody assemble(List<Unit> units) {
        Set<Integer> consumed = new HashSet<>();
        readPreheader(units, consumed);
        chooseHeadingLevels(units, consumed);
        boolean digest = units.stream().anyMatch(unit -> unit.shape() == UnitShape.HEADERS);
        Unit previous = null;
        for (int i = 0; i < units.size(); i++) {
            if (consumed.contains(i)) {
                continue;
            }
            Unit unit = units.get(i);
            Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
            read(unit, previous, next, digest);
            previous = unit;
        }
        closeSection();
        if (!messages.isEmpty()) {
            metadata.put("messages", messages);
        }
        return new AssembledBody(
                intro,
                sections,
                edition,
                editionDate,
                tagline,
                title,
                publicationName,
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
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
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
        if (topCount == 1
                && headings.get(0).level() == top
                && headings.size() > 1
                && headings.get(0) == firstContent) {
            titleHeading = headings.get(0);
            int next = 6;
            for (Unit heading : headings.subList(1, headings.size())) {
                next = Math.min(next, heading.level());
            }
            sectionLevel = next;
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
            case PARAGRAPH -> readParagraph(unit, previous, next, digest);
            case LIST -> readList(unit);
            default -> addBody(unit.block());
        }
    }

    private void readHeading(Unit unit) {
        LocalDate month = EditionLine.parse(unit.text());
        if (month != null && edition == null && section == null) {
            setEdition(unit.text(), month);
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
        } else if (section != null) {
            startEntry(unit.text(), unit.link());
        } else {
            intro.add(unit.block());
        }
    }

    private void readParagraph(Unit unit, Unit previous, Unit next, boolean digest) {
        String text = unit.text();
        if (!messages.isEmpty()) {
            addBody(unit.block()); // inside a digest's message everything is the message's body
            return;
        }
        boolean afterRule = previous != null && previous.shape() == UnitShape.RULE;
        if (unit.isStandaloneLine() && edition == null && section == null && unit.link() == null) {
            LocalDate month = EditionLine.parse(text);
            if (month != null) {
                setEdition(text, month);
                return;
            }
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
                && next != null
                && next.shape() == UnitShape.PARAGRAPH
                && isTitleCandidate(next, unit)) {
            startUnlabelledSection(SectionKind.READING);
            section.addBlock(unit.block());
            return;
        }
        if (entry != null && entryBlocks == 0 && !entryHasContributor) {
            Attribution.Found byline = Attribution.byline(unit.inlines());
            if (byline != null) {
                setContributor(byline.person());
                return;
            }
        }
        if (section != null && isTitleCandidate(unit, previous)) {
            startEntry(text, unit.link());
            return;
        }
        if (previous != null && endsWithColon(previous) && isQuotedPassage(text)) {
            addBody(Quote.of(unit.block()));
            return;
        }
        addBody(unit.block());
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
        if (words == 0 || words > MAX_HEADING_WORDS || text.length() > 120) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean sentenceEnd =
                last == '.' || last == '?' || last == ',' || last == ';' || last == '…';
        if (sentenceEnd) {
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
        if (words == 0
                || words > HeadlineStyle.MAX_TITLE_WORDS
                || text.length() > 200
                || PlainInlines.wholeUrl(text) != null) {
            return false;
        }
        if (unit.link() != null) {
            return true;
        }
        if (previous != null && endsWithColon(previous)) {
            return false;
        }
        if (unit.emphasized()) {
            return !text.endsWith(".");
        }
        return HeadlineStyle.isHeadline(text);
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

    private void readList(Unit unit) {
        ListBlock list = (ListBlock) unit.block();
        if (section != null && messages.isEmpty() && isLinkLedList(list)) {
            for (ListItem item : list.items()) {
                entryFromItem(item);
            }
            return;
        }
        addBody(list);
    }

    /** A list whose every item starts with a link or a bold title: one entry per item. */
    private static boolean isLinkLedList(ListBlock list) {
        for (ListItem item : list.items()) {
            if (leadingLink(item) == null && boldTitle(item) == null) {
                return false;
            }
        }
        return !list.items().isEmpty();
    }

    /** The text of an item's first paragraph when it is wholly bold, else null. */
    private static String boldTitle(ListItem item) {
        if (item.blocks().isEmpty() || !(item.blocks().get(0) instanceof Paragraph paragraph)) {
            return null;
        }
        Inline only = null;
        for (Inline inline : paragraph.inlines()) {
            if (inline instanceof Text text && text.text().isBlank()) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = inline;
        }
        if (only instanceof Strong strong) {
            String text = Words.collapse(strong.plainText());
            return text.isEmpty() || Words.count(text) > HeadlineStyle.MAX_TITLE_WORDS
                    ? null
                    : text;
        }
        return null;
    }

    private static Link leadingLink(ListItem item) {
        if (item.blocks().isEmpty() || !(item.blocks().get(0) instanceof Paragraph paragraph)) {
            return null;
        }
        for (Inline inline : paragraph.inlines()) {
            if (inline instanceof Text text && text.text().isBlank()) {
                continue;
            }
            Inline unwrapped = unwrap(inline);
            return unwrapped instanceof Link link && !link.plainText().isBlank() ? link : null;
        }
        return null;
    }

    private static Inline unwrap(Inline inline) {
        Inline current = inline;
        while (true) {
            List<Inline> children;
            if (current instanceof Strong strong) {
                children = strong.inlines();
            } else if (current instanceof Emphasis emphasis) {
                children = emphasis.inlines();
            } else {
                return current;
            }
            if (children.size() != 1) {
                return current;
            }
            current = children.get(0);
        }
    }

    private void entryFromItem(ListItem item) {
        Paragraph first = (Paragraph) item.blocks().get(0);
        Link link = leadingLink(item);
        if (link == null) {
            startEntry(boldTitle(item), null);
            for (Block block : item.blocks().subList(1, item.blocks().size())) {
                addBody(block);
            }
            return;
        }
        List<Inline> rest = new ArrayList<>();
        boolean seenLink = false;
        for (Inline inline : first.inlines()) {
            if (!seenLink) {
                if (unwrap(inline) == link) {
                    seenLink = true;
                }
                continue;
            }
            rest.add(inline);
        }
        while (!rest.isEmpty()
                && (rest.get(0) instanceof LineBreak
                        || rest.get(0) instanceof Text text && isSeparator(text.text()))) {
            rest.remove(0);
        }
        startEntry(Words.collapse(link.plainText()), uri(link.destination()));
        if (!rest.isEmpty()) {
            addBody(new Paragraph(trimLeading(rest)));
        }
        for (Block block : item.blocks().subList(1, item.blocks().size())) {
            addBody(block);
        }
    }

    private static boolean isSeparator(String text) {
        String stripped = text.strip();
        return stripped.isEmpty()
                || stripped.equals("-")
                || stripped.equals("–")
                || stripped.equals("—")
                || stripped.equals(":");
    }

    private static List<Inline> trimLeading(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        if (out.get(0) instanceof Text text) {
            String stripped = text.text().replaceFirst("^\\s*[-–—:]?\\s*", "");
            out.set(0, new Text(stripped));
        }
        return out;
    }

    // --- building
    // ---------------------------------------------------------------------------------

    private void setEdition(String text, LocalDate month) {
        edition = text.strip();
        editionDate = month;
    }

    /** The kind of the open section, or null before the first one. */
    private SectionKind sectionKind() {
        return sectionKind;
    }

    private void startSection(String heading) {
        closeSection();
        SectionLabel label = vocabulary.match(heading);
        section = Section.builder(label.kind()).heading(heading).title(label.title());
        sectionKind = label.kind();
    }

    private void startUnlabelledSection(SectionKind kind) {
        closeSection();
        section = Section.builder(kind);
        sectionKind = kind;
    }

    private void startEntry(String entryTitle, URI link) {
        closeEntry();
        if (section == null) {
            startUnlabelledSection(SectionKind.OTHER);
        }
        entry = Entry.builder().title(entryTitle).link(link);
        entryBlocks = 0;
        entryHasContributor = false;
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
        startEntry(messageTitle, null);
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
            }
        } else if (section != null) {
            section.addBlock(block);
        } else {
            intro.add(block);
        }
    }

    private void setContributor(Person person) {
        entry.contributor(person);
        entryHasContributor = true;
    }

    private void closeEntry() {
        if (entry != null) {
            section.addEntry(entry.build());
            entry = null;
        }
    }

    private void closeSection() {
        closeEntry();
        if (section != null) {
            sections.add(section.build());
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
