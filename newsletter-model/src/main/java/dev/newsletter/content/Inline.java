package dev.newsletter.content;

import java.util.List;

/** Inline content inside a block: text, emphasis, links, images, line breaks and raw markup. */
public sealed interface Inline
        permits Text, Emphasis, Strong, Strikethrough, Code, Link, Image, LineBreak, RawInline {

    /** Appends this inline's readable text (no markup) to {@code out}. */
    void appendPlainText(StringBuilder out);

    /** This inline's readable text. */
    default String plainText() {
        StringBuilder out = new StringBuilder();
        appendPlainText(out);
        return out.toString();
    }

    /**
     * The readable text of a run of inlines.
     *
     * @param inlines the inlines, not null
     * @return their concatenated text
     */
    static String plainText(List<? extends Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            inline.appendPlainText(out);
        }
        return out.toString();
    }
}
