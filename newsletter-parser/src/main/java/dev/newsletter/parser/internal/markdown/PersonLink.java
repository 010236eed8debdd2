package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A link that names a person rather than the thing an item is about: {@code [@ada](…)}, or a
 * profile address ({@code https://github.com/ada}, {@code https://social.example/@ada}). A bullet
 * that opens with one ("[@ada](…) fixed the gauge reader") is a sentence about what the person did;
 * its address is the next link.
 */
final class PersonLink {

    /** Hosts whose one-segment paths are people's profiles. */
    private static final Set<String> PROFILE_HOSTS =
            Set.of(
                    "github.com",
                    "gitlab.com",
                    "codeberg.org",
                    "twitter.com",
                    "x.com",
                    "bsky.app",
                    "www.github.com",
                    "www.twitter.com");

    private PersonLink() {}

    static boolean is(Link link) {
        String text = Inline.plainText(link.inlines()).strip();
        if (text.startsWith("@")) {
            return true;
        }
        URI target;
        try {
            target = new URI(link.destination().strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (target.getHost() == null || target.getPath() == null) {
            return false;
        }
        String path = target.getPath();
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        String segment = path.substring(from, to);
        if (segment.isEmpty() || segment.indexOf('/') >= 0) {
            return false;
        }
        // "https://social.example/@ada" is a profile on any host
        return segment.startsWith("@")
                || PROFILE_HOSTS.contains(target.getHost().toLowerCase(Locale.ROOT));
    }
}
