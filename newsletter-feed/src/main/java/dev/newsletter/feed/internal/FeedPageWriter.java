package dev.newsletter.feed.internal;

import java.io.IOException;

/** Writes a {@link FeedPage} in one format. Implementations are stateless and thread-safe. */
public interface FeedPageWriter {

    /**
     * Writes {@code page} to {@code out}.
     *
     * @throws IOException if {@code out} fails
     */
    void write(FeedPage page, Appendable out) throws IOException;
}
