package dev.newsletter.content;

import java.util.Objects;

/**
 * Inline markup kept as written (an HTML tag, a template tag): kept, never executed.
 *
 * @param content the markup, as written
 */
public record RawInline(String content) implements Inline {

    /** Checks. */
    public RawInline {
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        // raw markup is not prose
    }
}
