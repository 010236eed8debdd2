package dev.newsletter.parser.internal.markdown;

import java.util.Objects;

/**
 * The metadata header of a Markdown file, split from its body.
 *
 * @param syntax the header's syntax
 * @param text the header's content, without its fences; empty when there is none
 * @param firstLine the 1-based line of the first content line of the header
 * @param body the Markdown after the header
 * @param bodyLineOffset how many lines of the file come before {@code body}
 */
record FrontMatter(Syntax syntax, String text, int firstLine, String body, int bodyLineOffset) {

    /** The syntax of a metadata header. */
    enum Syntax {
        /** No header. */
        NONE,
        /** YAML between {@code ---} fences. */
        YAML,
        /** TOML between {@code +++} fences. */
        TOML,
        /** Pelican-style {@code Key: value} lines ended by a blank line. */
        PELICAN
    }

    FrontMatter {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
    }

    /** The header as written, with its fences. */
    String fenced() {
        return switch (syntax) {
            case YAML -> "---\n" + text + "---";
            case TOML -> "+++\n" + text + "+++";
            case PELICAN -> text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            case NONE -> "";
        };
    }

    static FrontMatter none(String body) {
        return new FrontMatter(Syntax.NONE, "", 0, body, 0);
    }
}
