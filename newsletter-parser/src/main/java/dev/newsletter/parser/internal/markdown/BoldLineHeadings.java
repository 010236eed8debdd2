package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Block;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Inline;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bold line standing alone as the heading it looks like ({@code __Light reading__}, {@code
 * **Extras:**}), one level below the heading it follows, when items come after it: a list with a
 * link, or a paragraph led by a link. A bold line followed by prose is the title of that prose (an
 * entry), not a heading, and a bold line before the first heading is left alone.
 *
 * <p>The bold text becomes the heading's text, so nothing of the source is lost. Linear.
 */
final class BoldLineHeadings {

    static final int MAX_WORDS = 10;

    private BoldLineHeadings() {}

    static List<LocatedBlock> apply(List<LocatedBlock> blocks) {
        List<LocatedBlock> out = null;
        int headingLevel = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            if (block instanceof Heading heading) {
                headingLevel = heading.level();
                continue;
            }
            Strong bold = headingLevel == 0 ? null : boldLine(block);
            if (bold == null || i + 1 >= blocks.size() || !startsItems(blocks.get(i + 1).block())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(blocks);
            }
            LocatedBlock located = blocks.get(i);
            out.set(
                    i,
                    new LocatedBlock(
                            new Heading(Math.min(6, headingLevel + 1), bold.inlines()),
                            located.line(),
                            located.column()));
        }
        return out == null ? blocks : out;
    }

    /** The bold run of a paragraph that is nothing but one short bold run, or null. */
    static Strong boldLine(Block block) {
        if (!(block instanceof Paragraph paragraph)) {
            return null;
        }
        Strong found = null;
        for (Inline inline : paragraph.inlines()) {
            if (inline instanceof Strong strong && found == null) {
                found = strong;
            } else if (!(inline instanceof Text text) || InlineRuns.hasWord(text.text())) {
                return null; // words outside the bold run: a sentence, not a heading
            }
        }
        if (found == null || InlineRuns.links(found.inlines()) > 0) {
            return null;
        }
        String words = InlineRuns.squeeze(found.plainText());
        int count = words.isEmpty() ? 0 : words.split(" ").length;
        return count > 0 && count <= MAX_WORDS && InlineRuns.hasWord(words) ? found : null;
    }

    /** Whether {@code block} starts items: a list holding a link, or a link-led paragraph. */
    private static boolean startsItems(Block block) {
        if (block instanceof ListBlock list) {
            return ListItems.isItemList(list);
        }
        return block instanceof Paragraph paragraph && LeadingLink.of(paragraph.inlines()) != null;
    }
}
