package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/** A paragraph of inline content. */
public record Paragraph(List<Inline> inlines) implements Block {

    /** Checks and copies. */
    public Paragraph {
        inlines = List.copyOf(Objects.requireNonNull(inlines, "inlines"));
    }

    /** A paragraph of the given inlines. */
    public static Paragraph of(Inline... inlines) {
        return new Paragraph(List.of(inlines));
    }

    /** A paragraph of one plain text run. */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(new Text(text)));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        for (Inline inline : inlines) {
            inline.appendPlainText(out);
        }
    }
}
