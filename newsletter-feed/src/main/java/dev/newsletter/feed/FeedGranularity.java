package dev.newsletter.feed;

import java.util.Locale;

/** What one item of a feed stands for. */
public enum FeedGranularity {
    /** One item per issue, with the whole issue as its content. */
    ISSUE,
    /**
     * One item per entry of every issue (each recommended read, each livestream), with its
     * contributor as author and the issue as context. An entry that recurs across issues (the same
     * link) appears once, at its first issue.
     */
    ENTRY;

    /** The lower-case name a command line uses: {@code issue} or {@code entry}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The granularity with the given {@link #id()}, in any case.
     *
     * @throws IllegalArgumentException if none has that name, listing the names there are
     */
    public static FeedGranularity fromId(String id) {
        for (FeedGranularity granularity : values()) {
            if (granularity.name().equalsIgnoreCase(id.strip())) {
                return granularity;
            }
        }
        throw new IllegalArgumentException(
                "unknown feed granularity: " + id + " (expected issue or entry)");
    }
}
