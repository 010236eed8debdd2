package dev.newsletter.render;

import dev.newsletter.Issue;
import dev.newsletter.render.internal.markdown.MarkdownIssueWriter;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders an {@link Issue} as Markdown with YAML front matter, in the style of a newsletter
 * archive, so that the Markdown parser reads it back as an equal issue (its source aside).
 *
 * <p>The front matter holds {@code title}, {@code date} (the publication instant when known, else
 * the day, or {@code yyyy-MM} for a month), {@code authors}, {@code tags}, {@code summary} and then
 * every metadata key in order, strings double-quoted. The body starts with the edition as a level-1
 * heading, then the intro, then each section under a level-2 heading as written ("New research!
 * Deep Metric Learning"); a section without a heading is opened by a thematic break. Entries of a
 * reading list whose entries all have links are bullets, {@code - [Title](url)}, with their body
 * indented below and the contributor closing the last paragraph as {@code - *[Name](url)*}; other
 * entries are {@code ### [Title](url)} headings followed by their body. Text is escaped, so {@code
 * *}, {@code _}, {@code #}, {@code [}, a leading {@code -} or {@code 1.} stay text.
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.create().render(issue);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownRenderer implements IssueRenderer {

    private static final MarkdownRenderer DEFAULT = builder().build();

    private final boolean frontMatter;

    private MarkdownRenderer(boolean frontMatter) {
        this.frontMatter = frontMatter;
    }

    /** A renderer with the default options: front matter and body. */
    public static MarkdownRenderer create() {
        return DEFAULT;
    }

    /** A builder starting from the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes {@code issue} as Markdown to {@code out}.
     *
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void render(Issue issue, Appendable out) throws IOException {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(out, "out");
        out.append(new MarkdownIssueWriter(frontMatter).write(issue));
    }

    /** Builds a {@link MarkdownRenderer}. Not thread-safe. */
    public static final class Builder {
        private boolean frontMatter = true;

        private Builder() {}

        /**
         * Whether to write the YAML front matter (default: true). Without it the title, date,
         * authors, tags, summary and metadata are not written, and the issue does not read back
         * equal.
         */
        public Builder frontMatter(boolean frontMatter) {
            this.frontMatter = frontMatter;
            return this;
        }

        /** The renderer. */
        public MarkdownRenderer build() {
            return new MarkdownRenderer(frontMatter);
        }
    }
}
