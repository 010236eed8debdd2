package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Block;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.Text;
import java.util.List;

/**
 * The line that attributes a quotation set just above it: {@code – [Ferris on r/rust](url)} or
 * {@code — Ada Lovelace}. A reader sees the quotation and its attribution as one item ("Quote of
 * the Week"), titled by the quotation's lead words and linked to where it was said.
 */
final class QuoteAttribution {

    /** Words an unlinked attribution may have: more and it is a sentence, not a source. */
    static final int MAX_SOURCE_WORDS = 8;

    private static final String DASHES = "-–—―~";

    private QuoteAttribution() {}

    /** Whether {@code paragraph} is a dash and a source, as attributions are written. */
    static boolean is(Paragraph paragraph) {
        List<Inline> inlines = paragraph.inlines();
        if (inlines.isEmpty() || !(inlines.get(0) instanceof Text first)) {
            return false;
        }
        String opening = first.text().stripLeading();
        if (opening.isEmpty() || DASHES.indexOf(opening.charAt(0)) < 0) {
            return false;
        }
        String source = InlineRuns.squeeze(paragraph.plainText()).substring(1).strip();
        return InlineRuns.hasWord(source)
                && (InlineRuns.links(inlines) > 0 || source.split(" ").length <= MAX_SOURCE_WORDS);
    }

    /** The quotation's lead words: its first sentence, as {@link ListItems#leadWords} cuts it. */
    static String title(Quote quote) {
        Paragraph first = firstParagraph(quote.blocks());
        return first == null
                ? InlineRuns.squeeze(quote.plainText())
                : ListItems.leadWords(first, null).title();
    }

    private static Paragraph firstParagraph(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph && InlineRuns.hasWord(paragraph.plainText())) {
                return paragraph;
            }
            if (block instanceof Quote nested) {
                Paragraph inner = firstParagraph(nested.blocks());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
