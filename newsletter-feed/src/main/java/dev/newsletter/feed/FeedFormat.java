package dev.newsletter.feed;

/** The syndication format a {@link FeedWriter} writes. */
public enum FeedFormat {
    /** Atom 1.0 (RFC 4287), with RFC 5005 archive links when paged. */
    ATOM("application/atom+xml", ".xml"),
    /** RSS 2.0, with Atom links for the feed's own address and its archive pages. */
    RSS("application/rss+xml", ".xml"),
    /** JSON Feed 1.1. */
    JSON_FEED("application/feed+json", ".json");

    private final String mediaType;
    private final String fileExtension;

    FeedFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
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
}
