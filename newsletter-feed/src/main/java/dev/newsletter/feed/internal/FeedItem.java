package dev.newsletter.feed.internal;

import dev.newsletter.Person;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One item of a feed, independent of the format: every text already stripped of characters XML
 * cannot carry, every URI absolute.
 *
 * @param id the stable id, an absolute URI
 * @param title the title, not blank
 * @param link where the item points (the issue's page, or the entry's link)
 * @param context the issue an entry item comes from, or {@code null} for an issue item
 * @param published when it was first published
 * @param updated when it last changed (its issue's date: issues are not edited)
 * @param authors its authors, possibly none (the feed's author stands in)
 * @param contributors the people whose entries an issue item holds, possibly none
 * @param categories category terms, not blank, distinct
 * @param summary a plain-text summary, possibly empty
 * @param contentHtml the full content as an HTML fragment, or {@code null} in summary-only feeds
 * @param image a preview image, or {@code null}
 * @param imageType the image's media type, or {@code null} when its name does not tell
 */
public record FeedItem(
        String id,
        String title,
        URI link,
        IssueContext context,
        Instant published,
        Instant updated,
        List<Person> authors,
        List<Person> contributors,
        List<String> categories,
        String summary,
        String contentHtml,
        URI image,
        String imageType) {

    /** Checks and copies. */
    public FeedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        authors = List.copyOf(authors);
        contributors = List.copyOf(contributors);
        categories = List.copyOf(categories);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * The issue an entry item was taken from.
     *
     * @param title the issue's title
     * @param link the issue's page
     */
    public record IssueContext(String title, URI link) {

        /** Checks. */
        public IssueContext {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
        }
    }
}
