package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/**
 * A heading inside content (section and entry headings are fields of the model, not blocks).
 *
 * @param level 1 to 6
 * @param inlines the heading text
 */
public record Heading(int level, List<Inline> inlines) implements Block {

    /** Checks and copies. */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6, was " + level);
        }
        inlines = List.copyOf(Objects.requireNonNull(inlines, "inlines"));
    }

    /** A heading of one plain text run. */
    public static Heading of(int level, String text) {
        return new Heading(level, List.of(new Text(text)));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        for (Inline inline : inlines) {
            inline.appendPlainText(out);
        }
    }
}
