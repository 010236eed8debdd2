package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Block;
import dev.newsletter.content.Inline;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One block-level piece of a body, with what the structure rules need to know about it.
 *
 * @param shape what it is
 * @param level the heading level for {@link UnitShape#HEADING}, else 0
 * @param text its readable text, spaces collapsed
 * @param inlines its inline content (paragraphs and headings), else empty
 * @param block the content block that keeps it in the model
 * @param link the link target when the whole unit is one link, else {@code null}
 * @param emphasized whether the whole unit is bold (a title written without a link)
 * @param lineCount the number of source lines of a text paragraph (1 for HTML paragraphs)
 * @param gapBefore the number of blank lines before it in a text body
 * @param headers the header fields of a {@link UnitShape#HEADERS} unit, lower-case names, else
 *     empty
 * @param line the 1-based source line, 0 when unknown
 */
record Unit(
        UnitShape shape,
        int level,
        String text,
        List<Inline> inlines,
        Block block,
        URI link,
        boolean emphasized,
        int lineCount,
        int gapBefore,
        Map<String, String> headers,
        int line) {

    Unit {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(text, "text");
        inlines = List.copyOf(inlines);
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers)); // keeps header order
    }

    /**
     * A unit that is one content block with no inline text of its own: a list, a quote, a table, a
     * figure.
     */
    static Unit ofBlock(
            UnitShape shape, String text, Block block, int lineCount, int gap, int line) {
        return new Unit(
                shape, 0, text, List.of(), block, null, false, lineCount, gap, Map.of(), line);
    }

    /** Whether this is a paragraph of a single line: a candidate heading, title or caption. */
    boolean isStandaloneLine() {
        return shape == UnitShape.PARAGRAPH && lineCount == 1;
    }

    /** Whether this is a paragraph that announces what follows: "Thanks to:", "She writes:". */
    boolean endsWithColon() {
        return shape == UnitShape.PARAGRAPH && text.endsWith(":");
    }

    /** The number of words of the text. */
    int wordCount() {
        return Words.count(text);
    }
}
