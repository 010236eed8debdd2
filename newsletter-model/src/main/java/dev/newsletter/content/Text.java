package dev.newsletter.content;

import java.util.Objects;

/** A run of plain text. */
public record Text(String text) implements Inline {

    /** Checks. */
    public Text {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        out.append(text);
    }
}
