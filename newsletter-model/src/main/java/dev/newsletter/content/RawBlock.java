package dev.newsletter.content;

import java.util.Objects;

/**
 * Markup kept as written because it is not Markdown: an HTML block, an HTML comment (such as {@code
 * <!-- more -->}), a template tag or an MDX import. It is kept, never executed; renderers sanitise
 * it or pass it through only when asked to.
 *
 * @param content the markup, as written
 */
public record RawBlock(String content) implements Block {

    /** The marker that ends an issue's summary, as blogs write it. */
    public static final String MORE_MARKER = "<!-- more -->";

    /** Checks. */
    public RawBlock {
        Objects.requireNonNull(content, "content");
    }

    /** Whether this block is the {@code <!-- more -->} summary marker, however spaced. */
    public boolean isMoreMarker() {
        String compact = content.replaceAll("\\s+", "");
        return compact.equalsIgnoreCase("<!--more-->");
    }

    /** Raw markup has no readable text of its own. */
    @Override
    public void appendPlainText(StringBuilder out) {
        // raw markup is not prose
    }
}
