package dev.newsletter.content;

import java.util.Objects;

/** Inline code. */
public record Code(String literal) implements Inline {

    /** Checks. */
    public Code {
        Objects.requireNonNull(literal, "literal");
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        out.append(literal);
    }
}
