package dev.newsletter.parser.internal.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Turns link destinations as written into {@link URI}s: illegal characters (spaces, non-ASCII,
 * stray brackets) are percent-encoded, and a destination without a scheme that starts with a host
 * name ({@code www.example.com/x}) is read as {@code https}.
 */
final class LinkTargets {

    private static final String ALLOWED = "-._~:/?#[]@!$&'()*+,;=%";

    private LinkTargets() {}

    /** The URI, or {@code null} when the destination cannot be made one. */
    static URI toUri(String destination, URI base) {
        String text = destination.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.startsWith("www.")) {
            text = "https://" + text;
        }
        URI uri = parse(text);
        if (uri == null) {
            uri = parse(escape(text));
        }
        if (uri != null
                && uri.getHost() == null
                && ("http".equalsIgnoreCase(uri.getScheme())
                        || "https".equalsIgnoreCase(uri.getScheme()))) {
            return null; // a web link without a host leads nowhere
        }
        if (uri != null && base != null && !uri.isAbsolute()) {
            try {
                uri = base.resolve(uri);
            } catch (IllegalArgumentException e) {
                return uri;
            }
        }
        return uri;
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Percent-encodes what a URI may not hold, keeping existing escapes and the first '#'. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean seenFragment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ascii = c < 0x80 && c > 0x20 && c != 0x7f;
            boolean allowed = ascii && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0);
            if (c == '#') {
                allowed = !seenFragment;
                seenFragment = true;
            }
            if (c == '%'
                    && !(i + 2 < text.length()
                            && isHex(text.charAt(i + 1))
                            && isHex(text.charAt(i + 2)))) {
                allowed = false;
            }
            if ((c == '[' || c == ']') && i > 0) {
                allowed = false; // only legal around an IPv6 host, which "[" at index 0 cannot be
            }
            if (allowed) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%')
                            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
