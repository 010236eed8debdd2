package dev.newsletter.feed.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Makes links of an issue absolute against the feed's home page and refuses schemes a feed reader
 * must not follow ({@code javascript:}, {@code data:}, {@code file:}).
 */
public final class WebLinks {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private WebLinks() {}

    /**
     * {@code destination} resolved against {@code base}, or {@code null} when it is not a URI, is
     * empty, or has a scheme other than http, https or mailto.
     */
    public static URI resolve(String destination, URI base) {
        if (destination == null) {
            return null;
        }
        String trimmed = destination.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        URI uri;
        try {
            // Writers put spaces and the odd non-ASCII character in links; encode rather than drop
            // them.
            uri = new URI(encodeLoosely(trimmed));
        } catch (URISyntaxException e) {
            return null;
        }
        return resolve(uri, base);
    }

    /** {@code uri} resolved against {@code base}, or {@code null} when its scheme is not safe. */
    public static URI resolve(URI uri, URI base) {
        if (uri == null) {
            return null;
        }
        URI absolute;
        try {
            absolute = uri.isAbsolute() ? uri : base.resolve(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = absolute.getScheme();
        if (scheme == null || !SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (!scheme.equalsIgnoreCase("mailto") && absolute.getHost() == null) {
            return null;
        }
        return absolute;
    }

    private static String encodeLoosely(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean escape =
                    c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
                            || c == '`' || c == '{' || c == '|' || c == '}' || c >= 0x7f;
            if (!escape) {
                out.append((char) c);
                continue;
            }
            String character = new String(Character.toChars(c));
            for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }
}
