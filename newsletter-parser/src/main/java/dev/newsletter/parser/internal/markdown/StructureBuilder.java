package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionLabel;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.content.Block;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Inline;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Rule;
import dev.newsletter.parser.internal.common.ReadingListLead;
import dev.newsletter.parser.internal.common.SectionKinds;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits the body into intro and sections.
 *
 * <ul>
 *   <li>A level-1 heading that is a month ("# February 2022"), or that repeats the edition named in
 *       the front matter ("# Vol 12, Issue 3"), is the edition, not a section.
 *   <li>A heading that repeats the title (Jekyll's "## Git Rev News: Edition 13 ...") stays in the
 *       intro.
 *   <li>A lone {@code #} heading before every {@code ##} is the document's title and stays in the
 *       intro, unless deeper headings ({@code ###}) follow it before the first {@code ##}: then it
 *       heads a section of them.
 *   <li>The first other {@code #} or {@code ##} heading sets the section level; headings of that
 *       level or higher start sections, deeper headings are read inside them. When the only
 *       headings are the titles of reading lists opened by a break and a lead sentence (below),
 *       sections sit one level above them.
 *   <li>Before the first section, two or more sub-headings led by a link form a section without a
 *       heading: they are entries, not intro.
 *   <li>A thematic break followed by a new block of entries starts a section without a heading: a
 *       lead paragraph (not itself led by a link) and then, before the next break or section
 *       heading, something that starts an entry (a link-led paragraph, list item or sub-heading). A
 *       lead a reader recognises as introducing a reading list ("our engineers share their
 *       favourite reads of the month", see {@link ReadingListLead}) makes it a reading list, whose
 *       sub-headings are entries even without links; any other lead makes it an {@code OTHER}
 *       section. A reading list never starts inside a reading list, and an other lead never splits
 *       a section whose heading named a kind: there the break only separates groups of the same
 *       list ("And a few from Mike:").
 *   <li>A thematic break just before a section heading, or at the end, is the boundary, not
 *       content; other breaks are kept.
 * </ul>
 *
 * Not thread-safe: one per parse.
 */
final class StructureBuilder {

    private final SectionVocabulary vocabulary;
    private final URI base;
    private final DiagnosticSink diagnostics;
    private final String title;
    private final String edition;
    private final SectionKinds kinds;
    private List<String> creditPhrases = List.of();
    private List<String> boilerplatePhrases = List.of();

    private final List<Block> intro = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private YearMonth editionMonth;
    private String editionText;
    private LocatedBlock firstIntroParagraph;

    /**
     * @param title the front matter's title, or null
     * @param edition the front matter's edition, or null
     */
    StructureBuilder(
            SectionVocabulary vocabulary,
            URI base,
            DiagnosticSink diagnostics,
            String title,
            String edition) {
        this.vocabulary = vocabulary;
        this.base = base;
        this.diagnostics = diagnostics;
        this.title = title;
        this.edition = edition;
        this.kinds = new SectionKinds(vocabulary, SectionKinds.DEFAULT_RULES);
    }

    void build(List<LocatedBlock> source) {
        List<LocatedBlock> blocks = BoldLineHeadings.apply(source);
        int editionIndex = -1;
        int titleIndex = -1;
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i).block() instanceof Heading heading)) {
                continue;
            }
            String text = MarkdownIssueReading.headingText(heading);
            if (editionIndex < 0 && heading.level() == 1 && MonthNames.edition(text) != null) {
                editionIndex = i;
                editionMonth = MonthNames.edition(text);
                editionText = MonthNames.editionOf(editionMonth);
                continue;
            }
            if (editionIndex < 0
                    && heading.level() == 1
                    && edition != null
                    && MonthNames.edition(edition) == null
                    && MarkdownIssueReading.sameWords(text, edition)) {
                editionIndex = i; // the front matter holds the edition; the heading shows it
                continue;
            }
            if (titleIndex < 0
                    && title != null
                    && heading.level() <= 2
                    && MarkdownIssueReading.sameWords(text, title)) {
                titleIndex = i;
                continue;
            }
            others.add(i);
        }
        if (titleIndex < 0) {
            titleIndex = loneLeadingTopHeading(blocks, others);
            others.remove(Integer.valueOf(titleIndex));
        }
        int sectionLevel = sectionLevel(blocks, others);
        int readingTitles = onlyReadingListTitles(blocks, others);
        if (readingTitles > 1) {
            sectionLevel = readingTitles - 1; // the titles are entries, not sections
        }

        int headless = headlessListStart(blocks, sectionLevel, editionIndex, titleIndex);
        HeadingRoles.Role[] roles = HeadingRoles.of(blocks, sectionLevel);
        // the open sections, innermost first; the last is the top section
        Deque<SectionAssembler> open = new ArrayDeque<>();
        for (int i = 0; i < blocks.size(); i++) {
            LocatedBlock located = blocks.get(i);
            Block block = located.block();
            if (i == editionIndex) {
                continue; // held by the issue's edition
            }
            SectionLabel unheaded =
                    block instanceof Rule
                            ? headlessSectionAfter(
                                    blocks,
                                    i,
                                    sectionLevel,
                                    open.peekLast(),
                                    editionIndex,
                                    titleIndex)
                            : null;
            if (unheaded != null) {
                closeAll(open);
                open.push(assembler(unheaded, "", sectionLevel));
                continue; // the break opens the section; it is not its content
            }
            if (block instanceof Rule
                    && (i + 1 == headless
                            || isBoundary(blocks, i + 1, sectionLevel, editionIndex, titleIndex))) {
                continue;
            }
            if (i == headless && open.isEmpty()) {
                SectionLabel none = new SectionLabel(SectionKind.OTHER, "", "");
                open.push(assembler(none, "", sectionLevel));
            }
            if (i != titleIndex
                    && block instanceof Heading heading
                    && heading.level() <= sectionLevel) {
                closeAll(open);
                String text = MarkdownIssueReading.headingText(heading);
                SectionLabel label = vocabulary.match(text);
                SectionAssembler top = assembler(label, text, sectionLevel);
                top.openWithHeading(heading, located);
                open.push(top);
                continue;
            }
            if (open.isEmpty()) {
                intro.add(block);
                if (firstIntroParagraph == null && block instanceof Paragraph) {
                    firstIntroParagraph = located;
                }
                continue;
            }
            if (block instanceof Heading heading && !open.peek().isArticle()) {
                while (open.size() > 1 && open.peek().level() >= heading.level()) {
                    closeInnermost(open);
                }
                if (roles[i] == HeadingRoles.Role.SUBSECTION) {
                    String text = MarkdownIssueReading.headingText(heading);
                    SectionAssembler sub = assembler(vocabulary.match(text), text, heading.level());
                    sub.linkHeading(heading, located);
                    open.push(sub);
                    continue;
                }
                if (roles[i] == HeadingRoles.Role.ITEM) {
                    open.peek().addItemHeading(located);
                    continue;
                }
            }
            open.peek().add(located);
        }
        closeAll(open);
        List<Section> kinded = kinds.apply(sections);
        sections.clear();
        sections.addAll(kinded);
    }

    /** A section's assembler, configured as this builder is. */
    private SectionAssembler assembler(SectionLabel label, String heading, int level) {
        return new SectionAssembler(label, heading, level, base, diagnostics)
                .creditPhrases(creditPhrases)
                .boilerplatePhrases(boilerplatePhrases);
    }

    /** Builds the innermost open section into the one around it. */
    private static void closeInnermost(Deque<SectionAssembler> open) {
        Section built = open.pop().build();
        open.peek().addSubsection(built);
    }

    /** Builds every open section, the top one into the issue's sections. */
    private void closeAll(Deque<SectionAssembler> open) {
        while (open.size() > 1) {
            closeInnermost(open);
        }
        if (!open.isEmpty()) {
            sections.add(open.pop().build());
        }
    }

    /**
     * The level of section headings: that of the first {@code #} or {@code ##} heading, so that a
     * stray {@code #} late in a file of {@code ##} sections does not swallow them (it starts a
     * section too); the highest level used when there is neither.
     */
    private static int sectionLevel(List<LocatedBlock> blocks, List<Integer> headings) {
        int highest = Integer.MAX_VALUE;
        for (int index : headings) {
            int level = ((Heading) blocks.get(index).block()).level();
            if (level <= 2) {
                return level;
            }
            highest = Math.min(highest, level);
        }
        return highest;
    }

    /**
     * The level of the headings when every one of them (edition and title aside) is a title in a
     * reading list that a thematic break and a lead sentence open, as a plain-text newsletter
     * rendered to Markdown has; otherwise 0. Such headings are entries of that list, so sections
     * sit one level above them.
     */
    private static int onlyReadingListTitles(List<LocatedBlock> blocks, List<Integer> headings) {
        if (headings.isEmpty()) {
            return 0;
        }
        int level = Integer.MAX_VALUE;
        int next = 0;
        boolean inList = false;
        for (int i = 0; i < blocks.size() && next < headings.size(); i++) {
            Block block = blocks.get(i).block();
            if (block instanceof Rule) {
                inList =
                        i + 1 < blocks.size()
                                && blocks.get(i + 1).block() instanceof Paragraph lead
                                && LeadingLink.of(lead.inlines()) == null
                                && ReadingListLead.matches(InlineRuns.squeeze(lead.plainText()));
            } else if (i == headings.get(next)) {
                if (!inList) {
                    return 0;
                }
                level = Math.min(level, ((Heading) block).level());
                next++;
            }
        }
        return level;
    }

    /**
     * The index of a document title written as the only {@code #} heading, before every {@code ##}
     * heading, or -1. It stays in the intro instead of making the whole issue one section. A {@code
     * #} heading followed by deeper headings ({@code ###}) before the first {@code ##} is a section
     * heading over them, not a title: the {@code ##} headings after are inside.
     */
    private static int loneLeadingTopHeading(List<LocatedBlock> blocks, List<Integer> headings) {
        int top = -1;
        boolean secondLevelSeen = false;
        boolean secondLevelAfter = false;
        for (int index : headings) {
            int level = ((Heading) blocks.get(index).block()).level();
            if (level == 1) {
                if (top >= 0 || secondLevelSeen) {
                    return -1;
                }
                top = index;
            } else if (level == 2) {
                secondLevelSeen = true;
                secondLevelAfter |= top >= 0;
            } else if (top >= 0 && !secondLevelSeen) {
                return -1; // "###" headings under it before any "##": it heads a section of them
            }
        }
        return secondLevelAfter ? top : -1;
    }

    /**
     * Where a list of entries without a section heading starts, or -1: before the first section, at
     * least two sub-headings led by a link ("#### [Title](url)" after "here are our
     * recommendations:"). They form a section with an empty heading, so that they are entries, not
     * intro.
     */
    private static int headlessListStart(
            List<LocatedBlock> blocks, int sectionLevel, int editionIndex, int titleIndex) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (i == editionIndex
                    || i == titleIndex
                    || !(blocks.get(i).block() instanceof Heading heading)) {
                continue;
            }
            if (heading.level() <= sectionLevel) {
                break;
            }
            if (LeadingLink.of(heading.inlines()) != null) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        return count >= 2 ? first : -1;
    }

    /**
     * The label of a section without a heading that the thematic break at {@code rule} opens, or
     * null when the break is only a separator. Looks ahead at most to the next break or section
     * heading, so all breaks together are read in linear time.
     */
    private static SectionLabel headlessSectionAfter(
            List<LocatedBlock> blocks,
            int rule,
            int sectionLevel,
            SectionAssembler current,
            int editionIndex,
            int titleIndex) {
        int lead = rule + 1;
        if (lead >= blocks.size()
                || lead == editionIndex
                || lead == titleIndex
                || !(blocks.get(lead).block() instanceof Paragraph paragraph)
                || LeadingLink.of(paragraph.inlines()) != null
                || !InlineRuns.hasWord(paragraph.plainText())) {
            return null;
        }
        SectionKind kind =
                ReadingListLead.matches(InlineRuns.squeeze(paragraph.plainText()))
                        ? SectionKind.READING
                        : SectionKind.OTHER;
        SectionKind open = current == null ? null : current.kind();
        boolean splits =
                kind == SectionKind.READING
                        ? open != SectionKind.READING
                        : open == null || open == SectionKind.OTHER;
        if (!splits) {
            return null;
        }
        for (int i = lead + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            if (i == editionIndex
                    || i == titleIndex
                    || block instanceof Rule
                    || block instanceof Heading heading && heading.level() <= sectionLevel) {
                return null;
            }
            if (startsEntry(block, kind)) {
                return new SectionLabel(kind, "", "");
            }
        }
        return null;
    }

    /**
     * Whether {@code block} starts an entry of a section of {@code kind}: a paragraph, list item or
     * sub-heading led by a link; in a reading list, any sub-heading with words.
     */
    private static boolean startsEntry(Block block, SectionKind kind) {
        if (block instanceof Paragraph paragraph) {
            return LeadingLink.of(paragraph.inlines()) != null;
        }
        if (block instanceof Heading heading) {
            return LeadingLink.of(heading.inlines()) != null
                    || kind != SectionKind.OTHER
                            && InlineRuns.hasWord(Inline.plainText(heading.inlines()));
        }
        if (block instanceof ListBlock list) {
            for (ListItem item : list.items()) {
                if (!item.blocks().isEmpty()
                        && item.blocks().get(0) instanceof Paragraph first
                        && LeadingLink.of(first.inlines()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the blocks from {@code next} on start with a section heading, or are none. */
    private static boolean isBoundary(
            List<LocatedBlock> blocks,
            int next,
            int sectionLevel,
            int editionIndex,
            int titleIndex) {
        if (next >= blocks.size()) {
            return true;
        }
        if (next == editionIndex || next == titleIndex) {
            return false;
        }
        return blocks.get(next).block() instanceof Heading heading
                && heading.level() <= sectionLevel;
    }

    /** Reads credit lines with {@code phrases}; returns this. */
    StructureBuilder creditPhrases(List<String> phrases) {
        this.creditPhrases = List.copyOf(phrases);
        return this;
    }

    /** Keeps links opening with {@code phrases} as text; returns this. */
    StructureBuilder boilerplatePhrases(List<String> phrases) {
        this.boilerplatePhrases = List.copyOf(phrases);
        return this;
    }

    List<Block> intro() {
        return intro;
    }

    List<Section> sections() {
        return sections;
    }

    YearMonth editionMonth() {
        return editionMonth;
    }

    String editionText() {
        return editionText;
    }

    LocatedBlock firstIntroParagraph() {
        return firstIntroParagraph;
    }
}
