package dev.newsletter.parser.internal.email;

import dev.newsletter.Diagnostic;
import dev.newsletter.Entry;
import dev.newsletter.Person;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.content.Block;
import dev.newsletter.content.Paragraph;
import dev.newsletter.parser.internal.common.SectionKinds;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issue as the rules have read it so far: the intro, the closed sections, the open section with
 * the subsections around it, the open entry, the digest's messages and the {@link IssueHeader}. The
 * rules ask it what is open and tell it what to open, add or close; it never decides a role.
 *
 * <p>One instance per body; not thread-safe.
 */
final class IssueUnderConstruction {

    private final SectionVocabulary vocabulary;
    private final URI baseUri;
    private final String source;
    private final List<Diagnostic> diagnostics;

    private final IssueHeader header = new IssueHeader();
    private final OpenSections sections;
    private final List<Block> intro = new ArrayList<>();
    private final List<Map<String, Object>> messages = new ArrayList<>();
    private final List<Person> authors = new ArrayList<>();

    /** Where the last block went: the intro or the open section's lead, else null (an entry). */
    private List<Block> lastLooseTarget;

    private Entry.Builder entry;
    // The builder does not expose what it holds; these mirror it, so no rule rebuilds a value.
    private int entryBlocks;
    private boolean entryHasContributor;
    private boolean entryHasLink;

    /** Whether the last list read was text of an entry or section rather than its entries. */
    private boolean lastListWasText;

    private boolean introChecked;

    /**
     * An empty issue.
     *
     * @param vocabulary the labels that give sections their kinds
     * @param baseUri the base of relative links, or null
     * @param source the name of the source in diagnostics
     * @param diagnostics where problems go
     */
    IssueUnderConstruction(
            SectionVocabulary vocabulary,
            URI baseUri,
            String source,
            List<Diagnostic> diagnostics) {
        this.vocabulary = vocabulary;
        this.baseUri = baseUri;
        this.source = source;
        this.diagnostics = diagnostics;
        this.sections = new OpenSections(vocabulary);
    }

    IssueHeader header() {
        return header;
    }

    // --- what is open ---------------------------------------------------------------------------

    boolean hasSection() {
        return sections.isOpen();
    }

    /** The kind of the open section, or null before the first one. */
    SectionKind sectionKind() {
        return sections.kind();
    }

    /** How the open section's first entry's title is set apart, or null before its first entry. */
    TitleStyle sectionTitleStyle() {
        return sections.titleStyle();
    }

    boolean hasEntry() {
        return entry != null;
    }

    /** The blocks of the open entry's body so far. */
    int entryBlocks() {
        return entryBlocks;
    }

    boolean entryHasContributor() {
        return entryHasContributor;
    }

    boolean introIsEmpty() {
        return intro.isEmpty();
    }

    /** Whether a digest's first message has started: all that follows is the messages' bodies. */
    boolean inMessage() {
        return !messages.isEmpty();
    }

    boolean lastListWasText() {
        return lastListWasText;
    }

    void lastListWasText(boolean text) {
        lastListWasText = text;
    }

    /** True the first time it is asked: the intro's first paragraph is checked once. */
    boolean checkIntroOnce() {
        if (introChecked) {
            return false;
        }
        introChecked = true;
        return true;
    }

    void warn(int line, String message) {
        diagnostics.add(Diagnostic.warning(source, line, 1, message));
    }

    // --- sections -------------------------------------------------------------------------------

    /** Closes what is open and opens a top section headed {@code written}, rulers stripped. */
    void startSection(String written) {
        closeEntry();
        sections.open(written);
    }

    /**
     * Closes the open entry and opens a subsection of the open section at {@code level}, closing
     * the open subsections of that level or deeper.
     */
    void startSubsection(String written, int level) {
        closeEntry();
        sections.openSubsection(written, level);
    }

    /** Closes what is open and opens a top section of {@code kind} without a heading. */
    void startUnlabelledSection(SectionKind kind) {
        closeEntry();
        sections.openUnlabelled(kind);
    }

    // --- entries and content --------------------------------------------------------------------

    /**
     * Closes the open entry and opens one titled {@code entryTitle}, in a section without a heading
     * when none is open.
     */
    void startEntry(String entryTitle, URI link, TitleStyle style) {
        closeEntry();
        if (!sections.isOpen()) {
            sections.openUnlabelled(SectionKind.OTHER);
        }
        sections.entryTitled(style);
        entry = Entry.builder().title(entryTitle).link(resolve(link));
        entryBlocks = 0;
        entryHasContributor = false;
        entryHasLink = link != null;
    }

    /** Closes the open entry: what follows belongs to the section. */
    void closeEntry() {
        if (entry != null) {
            sections.addEntry(entry.build());
            entry = null;
        }
    }

    /** Credits {@code person} for the open entry. */
    void setContributor(Person person) {
        entry.contributor(
                person.uri() == null ? person : Person.of(person.name(), resolve(person.uri())));
        entryHasContributor = true;
    }

    /** Keeps the header fields of a digest's message, in the order they came. */
    void addMessage(Map<String, String> headers) {
        messages.add(new LinkedHashMap<>(headers));
    }

    /** Puts {@code block} before the first section, as it is: no name or signature is read. */
    void addToIntro(Block block) {
        intro.add(block);
    }

    /**
     * Adds {@code block} to the open entry, else the open section's lead, else the intro. A
     * paragraph may name a digest's list, and in an entry may credit its contributor or point to
     * its link.
     */
    void addBody(Block block) {
        if (block instanceof Paragraph paragraph) {
            header.readDigestLine(Words.collapse(paragraph.plainText()));
        }
        if (entry != null) {
            addToEntry(block);
        } else if (sections.isOpen()) {
            sections.lead().add(block);
            lastLooseTarget = sections.lead();
            return;
        } else {
            intro.add(block);
            lastLooseTarget = intro;
            return;
        }
        lastLooseTarget = null;
    }

    private void addToEntry(Block block) {
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
                URI more = ReadMoreLink.of(paragraph.inlines());
                if (more != null) {
                    entry.link(resolve(more));
                    entryHasLink = true;
                }
            }
        }
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

    // --- the end --------------------------------------------------------------------------------

    /**
     * Closes everything open and returns the body, sections with their kinds decided.
     *
     * @param footer the footer's text, or null when it has none
     */
    AssembledBody build(String footer) {
        readSignOff();
        closeEntry();
        sections.closeAll();
        Map<String, Object> metadata = header.metadata();
        if (footer != null) {
            metadata.put("footer", footer);
        }
        if (!messages.isEmpty()) {
            metadata.put("messages", messages);
        }
        return new AssembledBody(
                intro,
                new SectionKinds(vocabulary, SectionKinds.DEFAULT_RULES).apply(sections.closed()),
                header.edition(),
                header.editionDate(),
                header.editionPrecision(),
                header.tagline(),
                header.title(),
                header.publicationName(),
                authors,
                header.latestMessage(),
                metadata);
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
}
