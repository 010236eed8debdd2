package dev.newsletter.render;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.render.internal.html.FeedLink;
import dev.newsletter.render.internal.html.HtmlIssueWriter;
import dev.newsletter.render.internal.html.HtmlOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders an {@link Issue} as HTML: a fragment to embed in a page of your own, or a standalone
 * HTML5 page with a small built-in stylesheet (light and dark, desktop and phone).
 *
 * <p>The markup is semantic: the issue is an {@code article} with a {@code header}, each section a
 * {@code section} whose class names its kind ({@code kind-reading}) under an {@code h2}, and each
 * entry an {@code article} of its own with its contributor in a {@code footer}.
 *
 * <p><b>Safe by default.</b> All text is escaped. Raw HTML kept from the source ({@link
 * dev.newsletter.content.RawBlock}, {@link dev.newsletter.content.RawInline}) is cleaned with an
 * allow-list: no scripts, no event handlers, no styles, no {@code javascript:} or {@code data:}
 * URLs. Links and images of the model are dropped to their text when their URL has a scheme other
 * than {@code http}, {@code https} or {@code mailto} (images: {@code http}, {@code https}). Only
 * {@link Builder#allowRawHtml(boolean) allowRawHtml(true)} passes raw HTML through unchanged; use
 * it only for sources you trust as much as your own page.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .standalone(true)
 *     .baseUri(URI.create("https://example.com/newsletter/"))
 *     .atomFeed(URI.create("https://example.com/newsletter/atom.xml"))
 *     .build();
 * String page = renderer.render(issue);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlRenderer implements IssueRenderer {

    private static final HtmlRenderer DEFAULT = builder().build();

    private final HtmlOptions options;

    private HtmlRenderer(HtmlOptions options) {
        this.options = options;
    }

    /** A renderer with the default options: a safe fragment, no base URI, 212 words a minute. */
    public static HtmlRenderer create() {
        return DEFAULT;
    }

    /** A builder starting from the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes {@code issue} as HTML to {@code out}.
     *
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void render(Issue issue, Appendable out) throws IOException {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(out, "out");
        new HtmlIssueWriter(options, out).write(issue);
    }

    /**
     * Writes one entry as an HTML fragment, {@code <article class="entry">} with its title, body
     * and contributor, under the same options (safety, base URI) as whole issues; for feeds that
     * carry one item per entry. A standalone renderer writes the fragment too, without a page
     * around it.
     *
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    public void renderEntry(Entry entry, Appendable out) throws IOException {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(out, "out");
        new HtmlIssueWriter(options, out).writeEntry(entry);
    }

    /**
     * Renders one entry to a string; see {@link #renderEntry(Entry, Appendable)}.
     *
     * @throws NullPointerException if {@code entry} is null
     */
    public String renderEntry(Entry entry) {
        StringBuilder out = new StringBuilder();
        try {
            renderEntry(entry, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** Builds an {@link HtmlRenderer}. Not thread-safe. */
    public static final class Builder {
        private boolean standalone;
        private boolean allowRawHtml;
        private URI baseUri;
        private String language = "en";
        private int wordsPerMinute = Issue.DEFAULT_WORDS_PER_MINUTE;
        private final List<FeedLink> feeds = new ArrayList<>();

        private Builder() {}

        /**
         * Whether to write a complete HTML5 page ({@code <!DOCTYPE html>}, {@code head} with title,
         * description, feed links and the stylesheet) rather than a fragment (default: false).
         */
        public Builder standalone(boolean standalone) {
            this.standalone = standalone;
            return this;
        }

        /**
         * Whether raw HTML from the source passes through unchanged (default: false, it is
         * sanitised).
         *
         * <p>Raw HTML may hold scripts, event handlers and tracking pixels. Turn this on only for
         * sources you trust as much as your own page. It does not affect the text of the model,
         * which is always escaped, nor the checks on the URLs of links and images.
         */
        public Builder allowRawHtml(boolean allowRawHtml) {
            this.allowRawHtml = allowRawHtml;
            return this;
        }

        /**
         * The URI relative links and images are resolved against, or {@code null} to keep them
         * relative (default).
         *
         * @throws IllegalArgumentException if {@code baseUri} is not absolute
         */
        public Builder baseUri(URI baseUri) {
            if (baseUri != null && !baseUri.isAbsolute()) {
                throw new IllegalArgumentException("the base URI must be absolute, was " + baseUri);
            }
            this.baseUri = baseUri;
            return this;
        }

        /**
         * The language of the page, a BCP 47 tag such as {@code "en"} (default), written on the
         * {@code html} element of a standalone page.
         *
         * @throws IllegalArgumentException if {@code language} is blank or not a well-formed tag
         */
        public Builder language(String language) {
            Objects.requireNonNull(language, "language");
            String tag = Locale.forLanguageTag(language).toLanguageTag();
            if (language.isBlank() || "und".equals(tag)) {
                throw new IllegalArgumentException("not a language tag: " + language);
            }
            this.language = tag;
            return this;
        }

        /**
         * The reading speed behind the reading time shown in the header (default {@value
         * Issue#DEFAULT_WORDS_PER_MINUTE}).
         *
         * @throws IllegalArgumentException if {@code wordsPerMinute} is not positive
         */
        public Builder wordsPerMinute(int wordsPerMinute) {
            if (wordsPerMinute <= 0) {
                throw new IllegalArgumentException(
                        "words per minute must be positive, was " + wordsPerMinute);
            }
            this.wordsPerMinute = wordsPerMinute;
            return this;
        }

        /**
         * Adds an Atom feed for autodiscovery ({@code <link rel="alternate">}) on standalone pages.
         */
        public Builder atomFeed(URI uri) {
            return addFeed("application/atom+xml", uri);
        }

        /** Adds an RSS feed for autodiscovery on standalone pages. */
        public Builder rssFeed(URI uri) {
            return addFeed("application/rss+xml", uri);
        }

        /** Adds a JSON Feed for autodiscovery on standalone pages. */
        public Builder jsonFeed(URI uri) {
            return addFeed("application/feed+json", uri);
        }

        private Builder addFeed(String mediaType, URI uri) {
            feeds.add(new FeedLink(mediaType, Objects.requireNonNull(uri, "uri")));
            return this;
        }

        /** The renderer. */
        public HtmlRenderer build() {
            return new HtmlRenderer(
                    new HtmlOptions(
                            standalone, allowRawHtml, baseUri, language, wordsPerMinute, feeds));
        }
    }
}
