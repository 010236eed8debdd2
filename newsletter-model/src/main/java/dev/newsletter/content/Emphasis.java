package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/** Emphasised (usually italic) text. */
public record Emphasis(List<Inline> inlines) implements Inline {

    /** Checks and copies. */
    public Emphasis {
        inlines = List.copyOf(Objects.requireNonNull(inlines, "inlines"));
    }

    /** Of one plain text run. */
    public static Emphasis of(String text) {
        return new Emphasis(List.of(new Text(text)));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        for (Inline inline : inlines) {
            inline.appendPlainText(out);
        }
    }
}
