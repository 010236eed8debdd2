package dev.newsletter.content;

import java.util.Objects;

/**
 * An image. The source is kept as written (it may be relative), so it is a string.
 *
 * @param source the image location as written
 * @param alt the alternative text, empty when none
 * @param title the image title, empty when none
 */
public record Image(String source, String alt, String title) implements Inline {

    /** Checks. */
    public Image {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(title, "title");
    }

    /** An image with alternative text and no title. */
    public static Image of(String source, String alt) {
        return new Image(source, alt, "");
    }

    /** An inline image contributes no prose; its alternative text stays in {@link #alt()}. */
    @Override
    public void appendPlainText(StringBuilder out) {
        // not prose
    }
}
