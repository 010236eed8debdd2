package dev.newsletter.content;

import java.util.Objects;

/**
 * A block of code or preformatted text.
 *
 * @param info the info string of a fenced block (such as a language name), empty when none
 * @param literal the code, as written
 */
public record CodeBlock(String info, String literal) implements Block {

    /** Checks. */
    public CodeBlock {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(literal, "literal");
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        out.append(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
    }
}
