package dev.newsletter.feed.internal;

import dev.newsletter.Issue;
import dev.newsletter.Person;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Lays the items of one call out in documents: the plain feed (newest items up to the limit), or
 * the RFC 5005 set of a current feed and archive pages. Archive pages are filled oldest first, so a
 * full page never changes when newer issues arrive; the current feed holds the newest page-size
 * items. Not thread-safe; one per call.
 */
public final class FeedPages {

    /** One laid-out document: its file name and its page. */
    public record Laid(String name, FeedPage page) {}

    private final FeedSettings settings;
    private final FeedAssembly assembly;
    private final String feedId;
    private final List<Person> authors;
    private final String description;

    /** Lays out the issues of {@code issues} under {@code settings}. */
    public FeedPages(FeedSettings settings, Collection<Issue> issues) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.assembly = new FeedAssembly(settings, issues);
        this.feedId =
                settings.feedId() != null
                        ? settings.feedId().toASCIIString()
                        : new StableIds(settings.homepage())
                                .feedId(
                                        assembly.oldestDate(),
                                        settings.entries() ? "entries" : "issues");
        this.authors = feedAuthors(settings, assembly.newest());
        this.description = feedDescription(settings, assembly.newest());
    }

    /** The plain feed: the newest items, at most the limit. */
    public FeedPage single() {
        List<FeedItem> items = assembly.items();
        if (settings.limit() > 0 && items.size() > settings.limit()) {
            items = items.subList(0, settings.limit());
        }
        return page(items, settings.self(), null, null, null, false);
    }

    /**
     * The current feed first, then the archive pages from newest to oldest.
     *
     * @param currentName the current document's file name
     */
    public List<Laid> archive(String currentName) {
        int size = settings.pageSize();
        List<FeedItem> newestFirst = assembly.items();
        int total = newestFirst.size();
        int fullPages = total / size;
        List<Laid> laid = new ArrayList<>(fullPages + 1);
        List<FeedItem> current = newestFirst.subList(0, Math.min(size, total));
        laid.add(
                new Laid(
                        currentName,
                        page(
                                current,
                                settings.self(),
                                null,
                                fullPages > 0 ? archiveUri(currentName, fullPages) : null,
                                null,
                                false)));
        for (int number = fullPages; number >= 1; number--) {
            // Page 1 holds the oldest items; counted from the end of the newest-first list.
            int toExclusive = total - (number - 1) * size;
            List<FeedItem> items = newestFirst.subList(toExclusive - size, toExclusive);
            laid.add(
                    new Laid(
                            archiveName(currentName, number),
                            page(
                                    items,
                                    archiveUri(currentName, number),
                                    settings.self(),
                                    number > 1 ? archiveUri(currentName, number - 1) : null,
                                    number < fullPages ? archiveUri(currentName, number + 1) : null,
                                    true)));
        }
        return laid;
    }

    /** The file name of archive page {@code number} beside {@code currentName}. */
    public static String archiveName(String currentName, int number) {
        int dot = currentName.lastIndexOf('.');
        String stem = dot > 0 ? currentName.substring(0, dot) : currentName;
        String extension = dot > 0 ? currentName.substring(dot) : "";
        return stem + "-archive-" + number + extension;
    }

    private URI archiveUri(String currentName, int number) {
        return settings.self().resolve(archiveName(currentName, number));
    }

    private FeedPage page(
            List<FeedItem> items, URI self, URI current, URI previous, URI next, boolean archive) {
        Instant updated = Instant.EPOCH;
        for (FeedItem item : items) {
            if (item.updated().isAfter(updated)) {
                updated = item.updated();
            }
        }
        return new FeedPage(
                feedId,
                XmlCharacters.clean(settings.title()),
                description,
                settings.homepage(),
                self,
                settings.language(),
                updated,
                authors,
                items,
                current,
                previous,
                next,
                archive);
    }

    private static List<Person> feedAuthors(FeedSettings settings, Issue newest) {
        List<Person> configured = new ArrayList<>();
        for (Person author : settings.authors()) {
            String name = XmlCharacters.clean(author.name()).strip();
            if (!name.isEmpty()) {
                configured.add(new Person(name, author.uri()));
            }
        }
        if (!configured.isEmpty()) {
            return configured;
        }
        String name = newest == null ? null : newest.publication().name();
        name = name == null ? "" : XmlCharacters.clean(name).strip();
        if (name.isEmpty()) {
            name = XmlCharacters.clean(settings.title()).strip();
        }
        return List.of(Person.of(name, settings.homepage()));
    }

    private static String feedDescription(FeedSettings settings, Issue newest) {
        if (settings.description() != null) {
            return XmlCharacters.clean(settings.description());
        }
        String tagline = newest == null ? null : newest.publication().tagline();
        return tagline == null || tagline.isBlank() ? null : XmlCharacters.clean(tagline).strip();
    }
}
