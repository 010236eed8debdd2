package dev.newsletter.render.internal.html;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans raw HTML from a source with jsoup's allow-list cleaner: formatting, links, images, lists,
 * tables and figures stay; scripts, styles, forms, frames, event handlers and URLs with schemes
 * other than {@code http}, {@code https} and {@code mailto} (images: {@code http}, {@code https})
 * go. Relative URLs are resolved against the base URI when there is one, else kept relative.
 */
final class RawHtmlSanitizer {

    /**
     * Stands in for a missing base URI: jsoup only accepts a relative URL it can resolve, and with
     * {@code preserveRelativeLinks} it then keeps the URL as written.
     */
    private static final String PLACEHOLDER_BASE = "https://relative.invalid/";

    private final Safelist safelist;
    private final String base;

    RawHtmlSanitizer(URI baseUri) {
        this.safelist =
                Safelist.relaxed()
                        .addTags(
                                "figure",
                                "figcaption",
                                "del",
                                "s",
                                "ins",
                                "hr",
                                "abbr",
                                "kbd",
                                "mark")
                        .addAttributes("abbr", "title")
                        .addAttributes("img", "loading")
                        .addAttributes("code", "class")
                        .preserveRelativeLinks(baseUri == null);
        this.base = baseUri == null ? PLACEHOLDER_BASE : baseUri.toString();
    }

    /** The safe subset of {@code html}, a body fragment. */
    String clean(String html) {
        Document.OutputSettings settings =
                new Document.OutputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return Jsoup.clean(html, base, safelist, settings);
    }
}
