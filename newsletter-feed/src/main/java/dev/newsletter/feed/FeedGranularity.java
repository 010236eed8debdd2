package dev.newsletter.feed;

/** What one item of a feed stands for. */
public enum FeedGranularity {
    /** One item per issue, with the whole issue as its content. */
    ISSUE,
    /**
     * One item per entry of every issue (each recommended read, each livestream), with its
     * contributor as author and the issue as context. An entry that recurs across issues (the same
     * link) appears once, at its first issue.
     */
    ENTRY
}
