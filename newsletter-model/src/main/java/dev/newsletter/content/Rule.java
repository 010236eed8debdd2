package dev.newsletter.content;

/** A thematic break (a horizontal rule) that is content, not a section boundary. */
public record Rule() implements Block {

    @Override
    public void appendPlainText(StringBuilder out) {
        // a rule has no text
    }
}
