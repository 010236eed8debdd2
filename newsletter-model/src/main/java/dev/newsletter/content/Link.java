package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/**
 * A link. The destination is kept as written (it may be relative, or hold a template tag), so it is
 * a string, not a {@link java.net.URI}; renderers resolve and check it.
 *
 * @param destination the target as written
 * @param title the link title, empty when none
 * @param inlines the link text
 */
public record Link(String destination, String title, List<Inline> inlines) implements Inline {

    /** Checks and copies. */
    public Link {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(title, "title");
        inlines = List.copyOf(Objects.requireNonNull(inlines, "inlines"));
    }

    /** A link with plain text and no title. */
    public static Link of(String text, String destination) {
        return new Link(destination, "", List.of(new Text(text)));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        for (Inline inline : inlines) {
            inline.appendPlainText(out);
        }
    }
}
