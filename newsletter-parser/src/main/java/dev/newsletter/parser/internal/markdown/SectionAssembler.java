package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Entry;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionLabel;
import dev.newsletter.content.Block;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.Rule;
import dev.newsletter.content.Strong;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one section from its heading and the blocks up to the next section heading, finding its
 * entries as a reader does:
 *
 * <ul>
 *   <li>a sub-heading starts an entry when it holds a link ({@code ### [Title](url)}) or when the
 *       section's label names a kind (every sub-heading of a reading list is a read) or when it
 *       follows a rule (items set apart by {@code ---}); its body runs to the next sub-heading of
 *       its level, deeper headings included;
 *   <li>otherwise a paragraph led by a link, a bullet item led by a link, or (in a labelled
 *       section) a short paragraph all in bold starts an entry, with the following blocks as its
 *       body until the next entry;
 *   <li>a section that opens with a byline ({@code *by [Name](u)*}) is one article: a single entry
 *       titled like the section, by that contributor;
 *   <li>a trailing attribution of an entry's last paragraph becomes its contributor.
 * </ul>
 *
 * <p>Blocks before the first entry stay with the section. Not thread-safe: one per section.
 */
final class SectionAssembler {

    private static final int MAX_BOLD_TITLE_WORDS = 16;

    private final SectionLabel label;
    private final String heading;
    private final int headingLevel;
    private final URI base;
    private final DiagnosticSink diagnostics;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Section> subsections = new ArrayList<>();

    private OpenEntry open;

    /** Where the section's heading points, or null. */
    private URI link;

    /** The phrases that credit a writer; see {@link SectionCredit}. */
    private List<String> creditPhrases = List.of();

    /** The phrases that mark a link as a call to action, not an item. */
    private List<String> boilerplatePhrases = List.of();

    /** Who the section's lead credits for its entries, or null. */
    private Person credited;

    /** Whether the lead so far holds only markup, figures and rules, so a byline may follow. */
    private boolean leadIsQuiet = true;

    /** The level of the heading that opened the last heading entry. */
    private int entryHeadingLevel = Integer.MAX_VALUE;

    SectionAssembler(
            SectionLabel label,
            String heading,
            int headingLevel,
            URI base,
            DiagnosticSink diagnostics) {
        this.label = label;
        this.heading = heading;
        this.headingLevel = headingLevel;
        this.base = base;
        this.diagnostics = diagnostics;
    }

    void add(LocatedBlock located) {
        Block block = located.block();
        if (block instanceof Heading sub && sub.level() > headingLevel) {
            addHeading(sub, located);
        } else if (block instanceof Paragraph paragraph) {
            addParagraph(paragraph, located);
        } else if (block instanceof ListBlock list && !list.items().isEmpty()) {
            addList(list, located);
        } else {
            append(block);
        }
    }

    /** Reads credit lines with {@code phrases}; returns this. */
    SectionAssembler creditPhrases(List<String> phrases) {
        this.creditPhrases = phrases;
        return this;
    }

    /** Keeps links opening with {@code phrases} as text, not items; returns this. */
    SectionAssembler boilerplatePhrases(List<String> phrases) {
        this.boilerplatePhrases = phrases;
        return this;
    }

    /** The kind of the section being built. */
    SectionKind kind() {
        return label.kind();
    }

    /** The level of the section's heading. */
    int level() {
        return headingLevel;
    }

    /** Whether the section is one article (a byline opened it): its sub-headings are its own. */
    boolean isArticle() {
        return open != null && open.start == OpenEntry.Start.BYLINE;
    }

    /**
     * Takes the link of a subsection's heading ({@code ### [multiboot2](url)}) as the section's
     * link; a heading with several links or images is kept whole as the first block, so that no
     * address is lost.
     */
    void linkHeading(Heading heading, LocatedBlock located) {
        int links = InlineRuns.links(heading.inlines());
        if (links == 0) {
            return;
        }
        Link only = links == 1 ? InlineRuns.firstLink(heading.inlines()) : null;
        link = only == null ? null : uri(only, located);
        if (link == null || InlineRuns.images(heading.inlines()) > 0) {
            link = null;
            blocks.add(heading);
        }
    }

    /** Appends a subsection; the entry being filled ends, as its heading ends it. */
    void addSubsection(Section subsection) {
        closeEntry();
        subsections.add(subsection);
    }

    /** Opens an entry titled by a sub-heading that introduces one item (its prose follows). */
    void addItemHeading(LocatedBlock located) {
        Heading heading = (Heading) located.block();
        if (open != null
                && (open.start == OpenEntry.Start.BYLINE
                        || open.start == OpenEntry.Start.HEADING
                                && heading.level() > entryHeadingLevel)) {
            append(heading);
            return;
        }
        openHeadingEntry(heading, located);
    }

    Section build() {
        closeEntry();
        if (entries.isEmpty()
                && subsections.isEmpty()
                && !heading.isBlank()
                && label.kind() == SectionKind.OTHER) {
            takePresentedItems();
        }
        if (credited != null) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).contributor() == null) {
                    entries.set(i, entries.get(i).toBuilder().contributor(credited).build());
                }
            }
        }
        return Section.builder(label.kind())
                // a document without section headings sets no level: its sections take a "##"'s
                .level(headingLevel > Section.MAX_LEVEL ? Section.DEFAULT_LEVEL : headingLevel)
                .link(link)
                .subsections(subsections)
                .heading(heading)
                .title(
                        label.kind() == SectionKind.OTHER && label.title().isEmpty()
                                ? heading
                                : label.title())
                .blocks(trimRules(blocks))
                .entries(entries)
                .build();
    }

    /**
     * In a section of paragraphs with no item of another form, each paragraph that presents a link
     * ("This week's crate is [tide](url), …") is an item; the other paragraphs stay its text.
     */
    private void takePresentedItems() {
        entries.addAll(PresentedLink.takeItems(blocks, creditPhrases, boilerplatePhrases, base));
    }

    private void addHeading(Heading sub, LocatedBlock located) {
        if (open != null && open.start == OpenEntry.Start.BYLINE) {
            append(sub);
            return;
        }
        if (open != null
                && open.start == OpenEntry.Start.HEADING
                && sub.level() > entryHeadingLevel) {
            append(sub); // a heading inside an entry titled by a higher heading
            return;
        }
        boolean linkLed = LeadingLink.of(sub.inlines()) != null;
        int links = InlineRuns.links(sub.inlines());
        // "### Webinar: [Title](url)" names an entry too; deeper headings with a link in their text
        // are captions ("##### A figure ... [paper](url) shows ...").
        boolean namesLink = links == 1 && sub.level() <= headingLevel + 2;
        // in a section without a kind, items set apart by rules ("---" then "### Title") are
        // entries too: a sub-heading that follows a rule opens one
        boolean unlinkedTitle =
                hasWords(sub) && (label.kind() != SectionKind.OTHER || lastBlock() instanceof Rule);
        if (!linkLed && !namesLink && !unlinkedTitle) {
            append(sub);
            return;
        }
        openHeadingEntry(sub, located);
    }

    /**
     * Opens an entry titled by a heading. Its link is the heading's only link; a heading with
     * several links, or a link that is not a URI, is also kept as the entry's first block.
     */
    private void openHeadingEntry(Heading heading, LocatedBlock located) {
        Link link = InlineRuns.firstLink(heading.inlines());
        String title = MarkdownIssueReading.headingText(heading);
        URI uri = link == null ? null : uri(link, located);
        openEntry(OpenEntry.Start.HEADING, title, uri, located);
        entryHeadingLevel = heading.level();
        if (link != null
                && (uri == null
                        || InlineRuns.links(heading.inlines()) > 1
                        || InlineRuns.images(heading.inlines()) > 0)) {
            open.body.add(heading);
        }
    }

    /** Opens the entry of a section heading that holds a link ("## [Report](url)"). */
    void openWithHeading(Heading heading, LocatedBlock located) {
        if (InlineRuns.links(heading.inlines()) > 0) {
            openHeadingEntry(heading, located);
        }
    }

    private static boolean hasWords(Heading heading) {
        return InlineRuns.hasWord(Inline.plainText(heading.inlines()));
    }

    private void addParagraph(Paragraph paragraph, LocatedBlock located) {
        Person credit = SectionCredit.of(paragraph, creditPhrases, base);
        if (credit != null) {
            if (open != null
                    && open.contributor == null
                    && (open.body.isEmpty() || entries.isEmpty())) {
                // "### Pebble" then "(Section written by @isaac)"; the one item of a section
                // then "Thanks to Bob for the suggestion!"
                open.contributor = credit;
            } else if (open == null && credited == null) {
                credited = credit; // it credits the section's entries
            }
            append(paragraph); // the line stays: only the name is taken from it
            return;
        }
        if (open == null && leadIsQuiet) {
            Attribution byline = Attribution.byline(paragraph, base);
            if (byline != null) {
                openEntry(
                        OpenEntry.Start.BYLINE,
                        label.title().isEmpty() ? heading : label.title(),
                        null,
                        located);
                open.contributor = byline.person();
                if (byline.remaining() != null) {
                    open.body.add(byline.remaining());
                }
                return;
            }
        }
        if (open != null
                && open.start == OpenEntry.Start.HEADING
                && open.body.isEmpty()
                && open.contributor == null) {
            Attribution byline = Attribution.byline(paragraph, base);
            if (byline != null) {
                open.contributor = byline.person();
                if (byline.remaining() != null) {
                    open.body.add(byline.remaining());
                }
                return;
            }
        }
        if (open != null
                && (open.start == OpenEntry.Start.HEADING
                        || open.start == OpenEntry.Start.BYLINE)) {
            append(paragraph);
            return;
        }
        if (open == null && lastBlock() instanceof Quote quote && QuoteAttribution.is(paragraph)) {
            blocks.remove(blocks.size() - 1); // the quotation moves into its item
            Link source = InlineRuns.firstLink(paragraph.inlines());
            URI uri = source == null ? null : uri(source, located);
            openEntry(OpenEntry.Start.PARAGRAPH, QuoteAttribution.title(quote), uri, located);
            open.body.add(quote);
            open.body.add(paragraph);
            return;
        }
        LeadingLink lead = LeadingLink.of(paragraph.inlines());
        if (lead != null && !Boilerplate.matches(lead.title(), boilerplatePhrases)) {
            startLinkedEntry(lead, paragraph, OpenEntry.Start.PARAGRAPH, located);
            return;
        }
        if (label.kind() != SectionKind.OTHER && isBoldTitle(paragraph)) {
            openEntry(
                    OpenEntry.Start.PARAGRAPH,
                    InlineRuns.squeeze(paragraph.plainText()),
                    null,
                    located);
            return;
        }
        append(paragraph);
    }

    private void addList(ListBlock list, LocatedBlock located) {
        if (open != null
                && open.start == OpenEntry.Start.HEADING
                && lastBlock() instanceof Rule
                && ListItems.isItemList(list)) {
            closeEntry(); // "---" ends the entry a heading titled: the links after are items
        }
        if (open != null
                && (open.start == OpenEntry.Start.HEADING
                        || open.start == OpenEntry.Start.BYLINE)) {
            append(list);
            return;
        }
        List<LeadingLink> leads = new ArrayList<>(list.items().size());
        boolean any = false;
        for (ListItem item : list.items()) {
            LeadingLink lead = null;
            if (!item.blocks().isEmpty() && item.blocks().get(0) instanceof Paragraph first) {
                lead = LeadingLink.of(first.inlines());
            }
            leads.add(lead);
            any |= lead != null;
        }
        // a list of items: some bullet leads with a link, or, where no entry but a bullet is open
        // (a paragraph's entry holds the list of its topics), some bullet holds one ("Git
        // [2.45.2](url)", "date | [Meetup](url)")
        boolean items =
                any
                        || (open == null || open.start == OpenEntry.Start.LIST)
                                && ListItems.isItemList(list);
        if (!items) {
            append(list);
            return;
        }
        List<ListItem> plain = new ArrayList<>();
        int number = list.start();
        int plainStart = number;
        for (int i = 0; i < list.items().size(); i++, number++) {
            ListItem item = list.items().get(i);
            LeadingLink lead = leads.get(i);
            boolean paragraphFirst =
                    !item.blocks().isEmpty() && item.blocks().get(0) instanceof Paragraph;
            boolean callToAction =
                    lead != null && Boilerplate.matches(lead.title(), boilerplatePhrases);
            if (lead == null && !paragraphFirst || callToAction) {
                if (plain.isEmpty()) {
                    plainStart = number;
                }
                plain.add(item);
                continue;
            }
            if (!plain.isEmpty()) {
                append(new ListBlock(list.ordered(), list.ordered() ? plainStart : 1, plain));
                plain = new ArrayList<>();
            }
            Paragraph first = (Paragraph) item.blocks().get(0);
            if (lead != null) {
                startLinkedEntry(lead, first, OpenEntry.Start.LIST, located);
            } else {
                ListItems.Item shape = ListItems.of(first);
                URI uri = shape.link() == null ? null : uri(shape.link(), located);
                openEntry(OpenEntry.Start.LIST, shape.title(), uri, located);
                open.body.addAll(shape.body());
            }
            open.body.addAll(item.blocks().subList(1, item.blocks().size()));
            open.ownBlocks = open.body.size();
        }
        if (!plain.isEmpty()) {
            append(new ListBlock(list.ordered(), list.ordered() ? plainStart : 1, plain));
        }
    }

    private void startLinkedEntry(
            LeadingLink lead, Paragraph paragraph, OpenEntry.Start start, LocatedBlock located) {
        URI uri = uri(lead.link(), located);
        openEntry(start, lead.title(), uri, located);
        if (uri == null) {
            open.body.add(paragraph); // the link stays readable in the body
            return;
        }
        if (!InlineRuns.isPunctuationOnly(lead.rest())) {
            open.body.add(new Paragraph(InlineRuns.trimLeadingSpace(lead.rest())));
        }
    }

    private URI uri(Link link, LocatedBlock located) {
        URI uri = LinkTargets.toUri(link.destination(), base);
        if (uri == null) {
            diagnostics.warning(
                    located.line(),
                    located.column(),
                    "the link '"
                            + link.destination()
                            + "' is not a valid URI; it is kept in the entry's text");
        }
        return uri;
    }

    private void openEntry(OpenEntry.Start start, String title, URI link, LocatedBlock located) {
        closeEntry();
        if (title.isBlank()) {
            diagnostics.warning(
                    located.line(),
                    located.column(),
                    "an entry has no title" + (link == null ? "" : " (its link is " + link + ")"));
        }
        open = new OpenEntry(start, title.strip(), link);
    }

    private void closeEntry() {
        if (open == null) {
            return;
        }
        while (!open.body.isEmpty() && open.body.get(open.body.size() - 1) instanceof Rule) {
            open.body.remove(open.body.size() - 1); // the rule between two entries separates them
        }
        if (open.contributor == null) {
            // an item's signature is inside the item: what follows its list is not the item's
            int end = open.start == OpenEntry.Start.LIST ? open.ownBlocks : open.body.size();
            open.contributor = TrailingSignature.take(open.body, end, base);
        }
        entries.add(
                Entry.builder()
                        .title(open.title)
                        .link(open.link)
                        .blocks(open.body)
                        .contributor(open.contributor)
                        .build());
        open = null;
    }

    /** The block last added to the open entry's body or else to the section, or null. */
    private Block lastBlock() {
        List<Block> list = open != null ? open.body : blocks;
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    private void append(Block block) {
        if (open != null) {
            open.body.add(block);
        } else {
            blocks.add(block);
            leadIsQuiet &= isQuiet(block);
        }
    }

    private static boolean isQuiet(Block block) {
        return block instanceof RawBlock || block instanceof Rule || block instanceof Figure;
    }

    private static boolean isBoldTitle(Paragraph paragraph) {
        List<Inline> inlines = paragraph.inlines();
        if (inlines.size() != 1 || !(inlines.get(0) instanceof Strong strong)) {
            return false;
        }
        String text = InlineRuns.squeeze(strong.plainText());
        return !text.isEmpty()
                && !text.endsWith(":")
                && text.split(" ").length <= MAX_BOLD_TITLE_WORDS;
    }

    /** A rule ending the section's lead is the boundary before its entries, not content. */
    private static List<Block> trimRules(List<Block> blocks) {
        List<Block> copy = new ArrayList<>(blocks);
        while (!copy.isEmpty() && copy.get(copy.size() - 1) instanceof Rule) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }
}
