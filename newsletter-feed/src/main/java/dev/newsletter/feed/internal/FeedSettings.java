package dev.newsletter.feed.internal;

import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.render.IssueRenderer;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A feed writer's configuration, checked by its builder.
 *
 * @param title the feed's title
 * @param description a sentence about the feed, or {@code null} for the publication's tagline
 * @param homepage the site, absolute, with a host
 * @param self the current document's address, or {@code null}
 * @param language a BCP 47 tag, or {@code null}
 * @param entries whether items are entries rather than issues
 * @param limit the most items of {@code write}, or 0 for all
 * @param summaryOnly whether to leave out the full content
 * @param pageSize items per archive page, or 0 when not paged
 * @param renderer the content renderer
 * @param issueLinks the page of each issue, or {@code null} when unknown
 * @param authors the feed's authors, possibly none
 * @param feedId the feed's id, or {@code null} for a tag URI
 */
public record FeedSettings(
        String title,
        String description,
        URI homepage,
        URI self,
        String language,
        boolean entries,
        int limit,
        boolean summaryOnly,
        int pageSize,
        IssueRenderer renderer,
        Function<? super Issue, URI> issueLinks,
        List<Person> authors,
        URI feedId) {

    /** Checks and copies. */
    public FeedSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(homepage, "homepage");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(issueLinks, "issueLinks");
        authors = List.copyOf(authors);
    }
}
