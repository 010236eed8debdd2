package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/** Strongly emphasised (usually bold) text. */
public record Strong(List<Inline> inlines) implements Inline {

    /** Checks and copies. */
    public Strong {
        inlines = List.copyOf(Objects.requireNonNull(inlines, "inlines"));
    }

    /** Of one plain text run. */
    public static Strong of(String text) {
        return new Strong(List.of(new Text(text)));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        for (Inline inline : inlines) {
            inline.appendPlainText(out);
        }
    }
}
