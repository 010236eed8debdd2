package dev.newsletter.feed;

import java.util.Locale;

/** The syndication format a {@link FeedWriter} writes. */
public enum FeedFormat {
    /** Atom 1.0 (RFC 4287), with RFC 5005 archive links when paged. */
    ATOM("atom", "application/atom+xml", ".xml"),
    /** RSS 2.0, with Atom links for the feed's own address and its archive pages. */
    RSS("rss", "application/rss+xml", ".xml"),
    /** JSON Feed 1.1. */
    JSON_FEED("json", "application/feed+json", ".json");

    private final String id;
    private final String mediaType;
    private final String fileExtension;

    FeedFormat(String id, String mediaType, String fileExtension) {
        this.id = id;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The short lower-case name a command line uses: {@code atom}, {@code rss} or {@code json}. */
    public String id() {
        return id;
    }

    /**
     * The media type to serve documents of this format with, such as {@code application/atom+xml}.
     */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, with its dot: {@code .xml} or {@code .json}. */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * The format with the given {@link #id()} or constant name, in any case ({@code "json"} and
     * {@code "json_feed"} both name JSON Feed).
     *
     * @throws IllegalArgumentException if no format has that name, listing the names there are
     */
    public static FeedFormat fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (FeedFormat format : values()) {
            if (format.id.equals(wanted) || format.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown feed format: " + id + " (expected atom, rss or json)");
    }
}
