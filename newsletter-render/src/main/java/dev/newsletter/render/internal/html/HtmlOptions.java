package dev.newsletter.render.internal.html;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The configuration of an HTML renderer, fixed when it is built.
 *
 * @param standalone whether to write a whole page rather than a fragment
 * @param allowRawHtml whether raw HTML passes through unsanitised
 * @param baseUri the absolute URI relative URLs are resolved against, or {@code null}
 * @param language the page's language tag
 * @param wordsPerMinute the reading speed for the reading time
 * @param feeds the feeds to announce on a standalone page
 */
public record HtmlOptions(
        boolean standalone,
        boolean allowRawHtml,
        URI baseUri,
        String language,
        int wordsPerMinute,
        List<FeedLink> feeds) {

    /** Checks and copies. */
    public HtmlOptions {
        Objects.requireNonNull(language, "language");
        feeds = List.copyOf(feeds);
    }
}
