package dev.newsletter.render.internal.html;

import java.net.URI;
import java.util.Objects;

/**
 * A feed announced for autodiscovery.
 *
 * @param mediaType the feed's media type, such as {@code application/atom+xml}
 * @param uri where the feed is
 */
public record FeedLink(String mediaType, URI uri) {

    /** Checks. */
    public FeedLink {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(uri, "uri");
    }
}
