package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/**
 * An image standing as a block of its own, with an optional caption.
 *
 * @param image the image
 * @param caption the caption, empty when none
 */
public record Figure(Image image, List<Inline> caption) implements Block {

    /** Checks and copies. */
    public Figure {
        Objects.requireNonNull(image, "image");
        caption = List.copyOf(Objects.requireNonNull(caption, "caption"));
    }

    /** A figure without a caption. */
    public static Figure of(Image image) {
        return new Figure(image, List.of());
    }

    /** The caption's text; the alternative text of the image is not prose and is left out. */
    @Override
    public void appendPlainText(StringBuilder out) {
        for (Inline inline : caption) {
            inline.appendPlainText(out);
        }
    }
}
