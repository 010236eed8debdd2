package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Section;
import dev.newsletter.SectionLabel;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.content.Block;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Rule;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body into intro and sections.
 *
 * <ul>
 *   <li>A level-1 heading that is a month ("# February 2022") is the edition, not a section.
 *   <li>A heading that repeats the title (Jekyll's "## Git Rev News: Edition 13 ...") stays in the
 *       intro.
 *   <li>Of the other headings, those of the highest level used (usually {@code ##}; {@code #} in
 *       files that use it for sections) start sections; deeper headings are read inside them.
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

    private final List<Block> intro = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private YearMonth editionMonth;
    private String editionText;
    private LocatedBlock firstIntroParagraph;

    StructureBuilder(
            SectionVocabulary vocabulary, URI base, DiagnosticSink diagnostics, String title) {
        this.vocabulary = vocabulary;
        this.base = base;
        this.diagnostics = diagnostics;
        this.title = title;
    }

    void build(List<LocatedBlock> blocks) {
        int editionIndex = -1;
        int titleIndex = -1;
        int sectionLevel = Integer.MAX_VALUE;
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
            if (titleIndex < 0
                    && title != null
                    && heading.level() <= 2
                    && MarkdownIssueReading.sameWords(text, title)) {
                titleIndex = i;
                continue;
            }
            sectionLevel = Math.min(sectionLevel, heading.level());
        }

        SectionAssembler current = null;
        for (int i = 0; i < blocks.size(); i++) {
            LocatedBlock located = blocks.get(i);
            Block block = located.block();
            if (i == editionIndex) {
                continue; // held by the issue's edition
            }
            if (block instanceof Rule
                    && isBoundary(blocks, i + 1, sectionLevel, editionIndex, titleIndex)) {
                continue;
            }
            if (i != titleIndex
                    && block instanceof Heading heading
                    && heading.level() == sectionLevel) {
                if (current != null) {
                    sections.add(current.build());
                }
                String text = MarkdownIssueReading.headingText(heading);
                SectionLabel label = vocabulary.match(text);
                current = new SectionAssembler(label, text, sectionLevel, base, diagnostics);
                current.openWithHeading(heading, located);
                continue;
            }
            if (current != null) {
                current.add(located);
            } else {
                intro.add(block);
                if (firstIntroParagraph == null && block instanceof Paragraph) {
                    firstIntroParagraph = located;
                }
            }
        }
        if (current != null) {
            sections.add(current.build());
        }
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
                && heading.level() == sectionLevel;
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
