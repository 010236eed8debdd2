package dev.newsletter.feed;

import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.feed.internal.AtomPageWriter;
import dev.newsletter.feed.internal.FeedPageWriter;
import dev.newsletter.feed.internal.FeedPages;
import dev.newsletter.feed.internal.FeedSettings;
import dev.newsletter.feed.internal.JsonFeedPageWriter;
import dev.newsletter.feed.internal.RssPageWriter;
import dev.newsletter.feed.internal.XmlCharacters;
import dev.newsletter.render.HtmlRenderer;
import dev.newsletter.render.IssueRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes newsletter issues as a feed: Atom 1.0, RSS 2.0 or JSON Feed 1.1, one item per issue or per
 * entry, newest first whatever the order they come in.
 *
 * <pre>{@code
 * FeedWriter writer = FeedWriter.builder()
 *     .format(FeedFormat.RSS)
 *     .title("Fast Forward Labs newsletter")
 *     .homepage(URI.create("https://example.org/newsletters/"))
 *     .selfUri(URI.create("https://example.org/newsletters/rss.xml"))
 *     .build();
 * writer.write(issues, out);
 * }</pre>
 *
 * <p>What it promises:
 *
 * <ul>
 *   <li>Ids are {@code tag:} URIs made of the home page's host, the issue's date (day or month, as
 *       precise as the issue) and, only when two issues share that date, a name taken from the
 *       issue alone (its file name, else its title); a front-matter {@code id} wins. So ids do not
 *       change when the archive is rebuilt, reordered or moved to another path. An entry's id comes
 *       from its link (else its title), so an entry that recurs appears once, at its first issue.
 *   <li>Dates are the issues' own (a front-matter publication instant, else the start of the
 *       issue's day in UTC); the feed's {@code updated} is the newest item's, never the clock.
 *   <li>Content is a sanitised HTML fragment from the {@link HtmlRenderer} (or the configured
 *       content renderer) with links made absolute against the home page, beside a plain-text
 *       summary; the issue header the HTML renderer writes (title, date, reading time) is left out,
 *       since the item carries those. Characters XML 1.0 forbids are removed from every text, and
 *       the output is always well-formed; write it out as UTF-8.
 *   <li>An issue with neither a date nor a publication instant cannot be placed in time and is left
 *       out; equal issues count once.
 * </ul>
 *
 * <p>Immutable and thread-safe: configure once, write from many threads.
 */
public final class FeedWriter {

    private final FeedFormat format;
    private final FeedSettings settings;
    private final FeedPageWriter pageWriter;

    private FeedWriter(Builder builder, FeedSettings settings) {
        this.format = builder.format;
        this.settings = settings;
        this.pageWriter =
                switch (format) {
                    case ATOM -> new AtomPageWriter();
                    case RSS -> new RssPageWriter();
                    case JSON_FEED -> new JsonFeedPageWriter();
                };
    }

    /**
     * A builder; {@link Builder#title title} and {@link Builder#homepage homepage} are required.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The format this writer writes. */
    public FeedFormat format() {
        return format;
    }

    /**
     * Writes the feed of {@code issues}, in any order, to {@code out}: the newest items, at most
     * the {@linkplain Builder#limit limit}.
     *
     * @throws IOException if {@code out} fails
     * @throws UncheckedIOException if the content renderer fails
     */
    public void write(Collection<Issue> issues, Appendable out) throws IOException {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(out, "out");
        pageWriter.write(new FeedPages(settings, issues).single(), out);
    }

    /**
     * The feed of {@code issues}, in any order, as a string; see {@link #write(Collection,
     * Appendable)}.
     */
    public String write(Collection<Issue> issues) {
        StringBuilder out = new StringBuilder(8192);
        try {
            write(issues, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /**
     * Writes {@code issues} as an RFC 5005 archived feed, one document at a time: first the current
     * feed (the newest {@linkplain Builder#pageSize page size} items, named after the last segment
     * of the {@linkplain Builder#selfUri self URI}), then the archive pages from newest to oldest
     * ({@code atom-archive-3.xml}, …, {@code atom-archive-1.xml}). Archive pages fill oldest first,
     * so a full page stays the same when newer issues arrive. Each document links the others with
     * {@code current}, {@code prev-archive} and {@code next-archive} (JSON Feed: {@code next_url}
     * to the next older page). The limit does not apply here.
     *
     * @throws IllegalStateException if no page size was configured
     * @throws IOException if {@code sink} fails
     */
    public void writeArchive(Collection<Issue> issues, FeedDocumentSink sink) throws IOException {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(sink, "sink");
        if (settings.pageSize() == 0) {
            throw new IllegalStateException("writeArchive needs a page size: set Builder.pageSize");
        }
        for (FeedPages.Laid laid : new FeedPages(settings, issues).archive(currentName())) {
            StringBuilder text = new StringBuilder(8192);
            pageWriter.write(laid.page(), text);
            sink.accept(
                    new FeedDocument(
                            laid.name(),
                            laid.page().self(),
                            laid.page().archive(),
                            text.toString()));
        }
    }

    /**
     * The documents of {@code issues} as an RFC 5005 archived feed, current feed first; see {@link
     * #writeArchive(Collection, FeedDocumentSink)}.
     *
     * @throws IllegalStateException if no page size was configured
     */
    public List<FeedDocument> writeArchive(Collection<Issue> issues) {
        List<FeedDocument> documents = new ArrayList<>();
        try {
            writeArchive(issues, documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException("a list does not fail", e);
        }
        return List.copyOf(documents);
    }

    private String currentName() {
        String path = settings.self().getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? "feed" + format.fileExtension() : last;
    }

    /**
     * Builds a {@link FeedWriter}. Not thread-safe. Setters check their argument at once; {@link
     * #build()} checks the whole.
     */
    public static final class Builder {
        private FeedFormat format = FeedFormat.ATOM;
        private String title;
        private String description;
        private URI homepage;
        private URI selfUri;
        private String language;
        private FeedGranularity granularity = FeedGranularity.ISSUE;
        private int limit;
        private boolean summaryOnly;
        private int pageSize;
        private IssueRenderer contentRenderer;
        private Function<? super Issue, URI> issueLinks;
        private final List<Person> authors = new ArrayList<>();
        private URI id;

        private Builder() {}

        /** The format (default: {@link FeedFormat#ATOM}). */
        public Builder format(FeedFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** The feed's title, required, not blank. */
        public Builder title(String title) {
            Objects.requireNonNull(title, "title");
            if (XmlCharacters.clean(title).isBlank()) {
                throw new IllegalArgumentException("a feed title must not be blank");
            }
            this.title = title.strip();
            return this;
        }

        /**
         * A sentence about the feed (Atom subtitle, RSS and JSON Feed description), or {@code null}
         * for the newest issue's publication tagline (default).
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The site the feed belongs to, required: an absolute http or https URI. Relative links of
         * the issues are resolved against it, and its host names the ids.
         *
         * @throws IllegalArgumentException if it is not an absolute http(s) URI with a host
         */
        public Builder homepage(URI homepage) {
            Objects.requireNonNull(homepage, "homepage");
            requireWebUri(homepage, "homepage");
            this.homepage = homepage;
            return this;
        }

        /**
         * Where the feed itself will live (Atom and RSS {@code rel="self"}, JSON Feed {@code
         * feed_url}), or {@code null} (default); required for {@link #pageSize paged archives}.
         *
         * @throws IllegalArgumentException if it is not an absolute http(s) URI with a host
         */
        public Builder selfUri(URI selfUri) {
            if (selfUri != null) {
                requireWebUri(selfUri, "self URI");
            }
            this.selfUri = selfUri;
            return this;
        }

        /**
         * The language of the feed as a BCP 47 tag ({@code en}, {@code en-US}), or {@code null}
         * (default).
         *
         * @throws IllegalArgumentException if it is not a well-formed language tag
         */
        public Builder language(String language) {
            if (language == null) {
                this.language = null;
                return this;
            }
            try {
                Locale locale = new Locale.Builder().setLanguageTag(language.strip()).build();
                this.language = locale.toLanguageTag();
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("not a language tag: " + language, e);
            }
            return this;
        }

        /** One item per issue (default) or per entry. */
        public Builder granularity(FeedGranularity granularity) {
            this.granularity = Objects.requireNonNull(granularity, "granularity");
            return this;
        }

        /**
         * The most items {@link FeedWriter#write(Collection, Appendable)} writes, newest first; 0
         * for all (default).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder limit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative, was " + limit);
            }
            this.limit = limit;
            return this;
        }

        /**
         * Whether to write only the plain-text summary of each item, no full content (default:
         * false).
         */
        public Builder summaryOnly(boolean summaryOnly) {
            this.summaryOnly = summaryOnly;
            return this;
        }

        /**
         * Items per document of a {@linkplain FeedWriter#writeArchive paged archive}; 0 for none
         * (default). Needs a {@link #selfUri self URI}.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < 0) {
                throw new IllegalArgumentException(
                        "page size must not be negative, was " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * The renderer of each item's HTML content, or {@code null} for the default: an {@link
         * HtmlRenderer} fragment, safe (raw HTML sanitised), with links and images made absolute
         * against the home page. A given renderer should write a safe HTML fragment with absolute
         * links. It sees issues whose texts are already free of characters XML forbids; for an
         * entry item it gets an issue holding just that entry.
         */
        public Builder contentRenderer(IssueRenderer contentRenderer) {
            this.contentRenderer = contentRenderer;
            return this;
        }

        /**
         * The web page of each issue, the items' {@code link}, or {@code null} for the default: the
         * issue's front-matter {@code url}, {@code permalink} or {@code link}, else the home page.
         * A relative result is resolved against the home page; a {@code null} result falls back to
         * the default. The function must be thread-safe.
         */
        public Builder issueLinks(Function<? super Issue, URI> issueLinks) {
            this.issueLinks = issueLinks;
            return this;
        }

        /**
         * Appends an author of the feed (default: the newest issue's publication, else the title).
         *
         * @throws IllegalArgumentException if the author's URI is not absolute
         */
        public Builder addAuthor(Person author) {
            Objects.requireNonNull(author, "author");
            if (author.uri() != null && !author.uri().isAbsolute()) {
                throw new IllegalArgumentException(
                        "an author's URI must be absolute, was " + author.uri());
            }
            authors.add(author);
            return this;
        }

        /**
         * The feed's own id, an absolute URI, or {@code null} for a {@code tag:} URI of the home
         * page's host and the oldest issue's year (default).
         *
         * @throws IllegalArgumentException if not absolute
         */
        public Builder id(URI id) {
            if (id != null && !id.isAbsolute()) {
                throw new IllegalArgumentException("a feed id must be an absolute URI, was " + id);
            }
            this.id = id;
            return this;
        }

        /**
         * The writer.
         *
         * @throws IllegalStateException if the title or home page is missing, or a page size is set
         *     without a self URI
         */
        public FeedWriter build() {
            if (title == null) {
                throw new IllegalStateException("a feed needs a title");
            }
            if (homepage == null) {
                throw new IllegalStateException("a feed needs a home page");
            }
            if (pageSize > 0 && selfUri == null) {
                throw new IllegalStateException(
                        "a paged archive needs a self URI to link its pages");
            }
            IssueRenderer renderer =
                    contentRenderer != null
                            ? contentRenderer
                            : HtmlRenderer.builder().baseUri(homepage).build();
            Function<? super Issue, URI> links = issueLinks != null ? issueLinks : issue -> null;
            FeedSettings settings =
                    new FeedSettings(
                            title,
                            description,
                            homepage,
                            selfUri,
                            language,
                            granularity == FeedGranularity.ENTRY,
                            limit,
                            summaryOnly,
                            pageSize,
                            renderer,
                            links,
                            authors,
                            id);
            return new FeedWriter(this, settings);
        }

        private static void requireWebUri(URI uri, String what) {
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        what + " must be an absolute http(s) URI, was " + uri);
            }
        }
    }
}
