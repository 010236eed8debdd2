package dev.newsletter.feed.internal;

import dev.newsletter.Person;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One feed document, independent of the format: the feed's own fields, its items newest first, and
 * the RFC 5005 links of a paged archive.
 *
 * @param id the feed's stable id, shared by the current document and its archive pages
 * @param title the feed's title
 * @param description a sentence about the feed, or {@code null}
 * @param homepage the site the feed belongs to
 * @param self where this document lives, or {@code null}
 * @param language a BCP 47 language tag, or {@code null}
 * @param updated the newest item's date ({@link Instant#EPOCH} for a feed without items)
 * @param authors the feed's authors, at least one
 * @param items the items, newest first
 * @param current the current (subscription) document, set on archive pages
 * @param previousArchive the next older archive page, or {@code null}
 * @param nextArchive the next newer archive page, or {@code null}
 * @param archive whether this document is an archive page
 */
public record FeedPage(
        String id,
        String title,
        String description,
        URI homepage,
        URI self,
        String language,
        Instant updated,
        List<Person> authors,
        List<FeedItem> items,
        URI current,
        URI previousArchive,
        URI nextArchive,
        boolean archive) {

    /** Checks and copies. */
    public FeedPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(homepage, "homepage");
        Objects.requireNonNull(updated, "updated");
        authors = List.copyOf(authors);
        items = List.copyOf(items);
    }
}
