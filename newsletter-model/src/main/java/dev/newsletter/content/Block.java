package dev.newsletter.content;

import java.util.List;

/**
 * A block of content: a paragraph, heading, list, quote, code block, figure, table, rule or raw
 * markup. Blocks are immutable records.
 */
public sealed interface Block
        permits Paragraph, Heading, ListBlock, Quote, CodeBlock, Figure, Table, Rule, RawBlock {

    /** Appends this block's readable text (no markup) to {@code out}. */
    void appendPlainText(StringBuilder out);

    /** This block's readable text, without markup; image sources and link targets are left out. */
    default String plainText() {
        StringBuilder out = new StringBuilder();
        appendPlainText(out);
        return out.toString();
    }

    /**
     * The readable text of a list of blocks, one blank line between blocks.
     *
     * @param blocks the blocks, not null
     * @return their text, empty for an empty list
     */
    static String plainText(List<? extends Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            int before = out.length();
            if (before > 0) {
                out.append("\n\n");
            }
            int start = out.length();
            block.appendPlainText(out);
            if (out.length() == start) {
                out.setLength(before); // a block without text adds no separator
            }
        }
        return out.toString();
    }
}
