package dev.newsletter.render;

import dev.newsletter.Issue;
import dev.newsletter.render.internal.text.TextIssueWriter;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * Renders an {@link Issue} as the plain-text body of a newsletter email, so that the email parser
 * reads it back as an equal issue up to what text cannot carry (emphasis, images, raw HTML).
 *
 * <p>The shape is the one newsletters send: the publication's tagline as preheader, the title (when
 * it differs from the edition) and the edition line, the intro, then each section after two blank
 * lines under its heading as written, each entry as a title line followed by its body, the
 * contributor closing the entry as {@code — Name}. Every URL becomes a numbered reference such as
 * {@code [1]} after the words it belongs to, and the references are listed at the end, so no link
 * is lost. Paragraphs are wrapped at {@link Builder#width(int) width} columns (72 by default)
 * without breaking words, so a long URL stays whole; headings and entry titles stay on one line
 * each, as a reader of the email tells them from paragraphs that way.
 *
 * <pre>{@code
 * String body = PlainTextRenderer.builder().width(66).build().render(issue);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PlainTextRenderer implements IssueRenderer {

    /** The default line width. */
    public static final int DEFAULT_WIDTH = 72;

    /** The narrowest line width a renderer accepts. */
    public static final int MIN_WIDTH = 20;

    private static final PlainTextRenderer DEFAULT = builder().build();

    private final int width;
    private final URI baseUri;

    private PlainTextRenderer(int width, URI baseUri) {
        this.width = width;
        this.baseUri = baseUri;
    }

    /** A renderer with the default options: wrapped at {@value #DEFAULT_WIDTH} columns. */
    public static PlainTextRenderer create() {
        return DEFAULT;
    }

    /** A builder starting from the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes {@code issue} as plain text to {@code out}.
     *
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void render(Issue issue, Appendable out) throws IOException {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(out, "out");
        out.append(new TextIssueWriter(width, baseUri).write(issue));
    }

    /** Builds a {@link PlainTextRenderer}. Not thread-safe. */
    public static final class Builder {
        private int width = DEFAULT_WIDTH;
        private URI baseUri;

        private Builder() {}

        /**
         * The URI relative references are resolved against, or {@code null} to list them as written
         * (default). An email reader cannot follow a relative URL, so set it for mail that is sent.
         *
         * @throws IllegalArgumentException if {@code baseUri} is not absolute
         */
        public Builder baseUri(URI baseUri) {
            if (baseUri != null && !baseUri.isAbsolute()) {
                throw new IllegalArgumentException("the base URI must be absolute, was " + baseUri);
            }
            this.baseUri = baseUri;
            return this;
        }

        /**
         * The column to wrap paragraphs at (default {@value #DEFAULT_WIDTH}). A word longer than
         * the width, such as a URL, gets a line of its own and is not broken.
         *
         * @throws IllegalArgumentException if {@code width} is below {@value #MIN_WIDTH}
         */
        public Builder width(int width) {
            if (width < MIN_WIDTH) {
                throw new IllegalArgumentException(
                        "the width must be at least " + MIN_WIDTH + " columns, was " + width);
            }
            this.width = width;
            return this;
        }

        /** The renderer. */
        public PlainTextRenderer build() {
            return new PlainTextRenderer(width, baseUri);
        }
    }
}
