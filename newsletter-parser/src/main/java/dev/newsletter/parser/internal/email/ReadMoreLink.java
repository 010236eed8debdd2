package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * The target of a paragraph that only points somewhere, as plain-text entries end: a lone address,
 * or "Read more: https://..." with a few words before it. An entry without a link of its own takes
 * it.
 */
final class ReadMoreLink {

    /** The most words before the address: "Read the whole thread:". */
    private static final int MAX_LEAD_WORDS = 4;

    private ReadMoreLink() {}

    /** The address {@code inlines} point to, or null when they say more than a pointer. */
    static URI of(List<Inline> inlines) {
        Link only = null;
        StringBuilder lead = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Link link) {
                if (only != null) {
                    return null;
                }
                only = link;
            } else if (only != null) {
                if (!inline.plainText().isBlank()) {
                    return null;
                }
            } else {
                lead.append(inline.plainText());
            }
        }
        if (only == null) {
            return null;
        }
        String before = lead.toString().strip();
        boolean pointer =
                before.isEmpty()
                        || Words.count(before) <= MAX_LEAD_WORDS
                                && (before.endsWith(":")
                                        || before.endsWith("→")
                                        || before.endsWith(">"));
        return pointer && PlainInlines.wholeUrl(only.plainText()) != null
                ? uri(only.destination())
                : null;
    }

    private static URI uri(String destination) {
        try {
            return new URI(destination.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
