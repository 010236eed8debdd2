package dev.newsletter.feed.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** The media type of an image, told by the extension of its path. */
public final class ImageTypes {

    private static final Map<String, String> BY_EXTENSION =
            Map.of(
                    "png", "image/png",
                    "jpg", "image/jpeg",
                    "jpeg", "image/jpeg",
                    "gif", "image/gif",
                    "webp", "image/webp",
                    "svg", "image/svg+xml",
                    "avif", "image/avif");

    private ImageTypes() {}

    /**
     * The media type of {@code image}, or {@code null} when its name does not tell (or it is null).
     */
    public static String of(URI image) {
        if (image == null || image.getPath() == null) {
            return null;
        }
        String path = image.getPath();
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return null;
        }
        return BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
