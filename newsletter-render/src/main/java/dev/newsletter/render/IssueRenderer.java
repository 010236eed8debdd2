package dev.newsletter.render;

import dev.newsletter.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders an {@link Issue} in one format. Implementations are immutable and thread-safe: configure
 * one with its builder and share it.
 *
 * <pre>{@code
 * IssueRenderer renderer = JsonRenderer.create();
 * String json = renderer.render(issue);
 * }</pre>
 */
public interface IssueRenderer {

    /**
     * Writes {@code issue} to {@code out}.
     *
     * @throws IOException if {@code out} fails
     */
    void render(Issue issue, Appendable out) throws IOException;

    /** Renders {@code issue} to a string. */
    default String render(Issue issue) {
        StringBuilder out = new StringBuilder();
        try {
            render(issue, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
