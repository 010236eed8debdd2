package dev.newsletter.feed;

import java.io.IOException;

/**
 * Receives the documents of a paged feed one at a time, so that a large archive never sits in
 * memory at once; for example {@code doc -> Files.writeString(dir.resolve(doc.name()),
 * doc.text())}.
 */
@FunctionalInterface
public interface FeedDocumentSink {

    /**
     * Takes one document.
     *
     * @throws IOException if storing it fails; the writer stops and rethrows it
     */
    void accept(FeedDocument document) throws IOException;
}
