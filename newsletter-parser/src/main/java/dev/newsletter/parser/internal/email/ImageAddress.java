package dev.newsletter.parser.internal.email;

import java.util.Locale;
import java.util.Set;

/** Whether an address names an image file, judged by the extension of its path. */
final class ImageAddress {

    private static final Set<String> EXTENSIONS =
            Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp");

    private ImageAddress() {}

    /** Whether {@code address} ends, before any query or fragment, in an image extension. */
    static boolean isImage(String address) {
        if (address == null) {
            return false;
        }
        int end = address.length();
        int query = address.indexOf('?');
        int fragment = address.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        String path = address.substring(0, end);
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot > slash && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
