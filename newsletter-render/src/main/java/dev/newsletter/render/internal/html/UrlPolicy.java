package dev.newsletter.render.internal.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which URLs may appear in {@code href} and {@code src} attributes, and resolves relative
 * ones against the base URI. A URL with a scheme outside the allow-list ({@code javascript:},
 * {@code data:}, {@code vbscript:}, anything unknown) is refused, however it is spelled: the scheme
 * is read the way browsers read it, ignoring case, whitespace and control characters.
 */
final class UrlPolicy {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private final URI baseUri;

    /** A policy resolving against {@code baseUri}, or keeping relative URLs when it is null. */
    UrlPolicy(URI baseUri) {
        this.baseUri = baseUri;
    }

    /** The {@code href} to write for a link to {@code destination}, or null if it is unsafe. */
    String link(String destination) {
        return accept(destination, LINK_SCHEMES);
    }

    /** The {@code src} to write for an image at {@code source}, or null if it is unsafe. */
    String image(String source) {
        return accept(source, IMAGE_SCHEMES);
    }

    private String accept(String url, Set<String> schemes) {
        String trimmed = url.strip();
        String scheme = scheme(trimmed);
        if (scheme != null) {
            return schemes.contains(scheme) ? trimmed : null;
        }
        return resolve(trimmed);
    }

    private String resolve(String relative) {
        if (baseUri == null || relative.isEmpty()) {
            return relative;
        }
        try {
            return baseUri.resolve(new URI(relative)).toString();
        } catch (URISyntaxException e) {
            // not a URI Java can read (spaces, stray characters): browsers are more lenient, keep
            // it
            return relative;
        }
    }

    /**
     * The lower-case scheme of {@code url}, or null when it has none: the text before the first
     * colon that precedes any slash, question mark or hash, with whitespace and controls removed
     * (as browsers do, so {@code "java\tscript:"} is {@code javascript}).
     */
    static String scheme(String url) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            }
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                scheme.append(c);
            }
        }
        return null;
    }
}
