package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/** Struck-through text. */
public record Strikethrough(List<Inline> inlines) implements Inline {

    /** Checks and copies. */
    public Strikethrough {
        inlines = List.copyOf(Objects.requireNonNull(inlines, "inlines"));
    }

    /** Of one plain text run. */
    public static Strikethrough of(String text) {
        return new Strikethrough(List.of(new Text(text)));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        for (Inline inline : inlines) {
            inline.appendPlainText(out);
        }
    }
}
