package dev.newsletter.feed;

import java.net.URI;
import java.util.Objects;

/**
 * One document of a feed: the current feed or one of its archive pages.
 *
 * @param name the file name to store it under, relative, such as {@code atom.xml} or {@code
 *     atom-archive-3.xml}; never null
 * @param uri where the document says it lives, or {@code null} when the writer has no self URI
 * @param archive whether this is an archive page (its items never change once it is full) rather
 *     than the current feed
 * @param text the document, never null
 */
public record FeedDocument(String name, URI uri, boolean archive, String text) {

    /** Checks. */
    public FeedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** Shows the name, not the text. */
    @Override
    public String toString() {
        return "FeedDocument["
                + name
                + (archive ? ", archive" : ", current")
                + ", "
                + text.length()
                + " chars]";
    }
}
