package dev.newsletter.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What a file's extension says it is, for reading a folder: a newsletter, another kind of document
 * that is never an issue (pictures, styles, scripts, data and settings beside the issues), or
 * unknown, which the content decides.
 */
public enum SourceFileKind {
    /** An extension the parsers read: Markdown, text, email, HTML, JSON. */
    NEWSLETTER,
    /** A picture, sound, font, style sheet, script, archive or data file: passed over unread. */
    OTHER_DOCUMENT,
    /** Any other extension, or none: read if a parser recognises the content with confidence. */
    UNKNOWN;

    private static final Set<String> NEWSLETTER_EXTENSIONS =
            Set.of(
                    "md",
                    "markdown",
                    "mdown",
                    "mkd",
                    "mdx",
                    "txt",
                    "text",
                    "eml",
                    "mbox",
                    "mbx",
                    "html",
                    "htm",
                    "json");

    private static final Set<String> OTHER_EXTENSIONS =
            Set.of(
                    // pictures, sound and video
                    "png",
                    "jpg",
                    "jpeg",
                    "gif",
                    "webp",
                    "avif",
                    "heic",
                    "bmp",
                    "tif",
                    "tiff",
                    "ico",
                    "svg",
                    "mp3",
                    "m4a",
                    "wav",
                    "ogg",
                    "mp4",
                    "m4v",
                    "mov",
                    "webm",
                    // fonts, styles and scripts of a site
                    "woff",
                    "woff2",
                    "ttf",
                    "otf",
                    "css",
                    "scss",
                    "js",
                    "mjs",
                    "map",
                    // documents, archives, data and settings
                    "pdf",
                    "zip",
                    "gz",
                    "tgz",
                    "xz",
                    "bz2",
                    "7z",
                    "jar",
                    "xml",
                    "csv",
                    "tsv",
                    "yml",
                    "yaml",
                    "toml",
                    "ini",
                    "lock");

    /** The kind of {@code file}, by its extension. */
    public static SourceFileKind of(Path file) {
        Path name = file.getFileName();
        String extension = name == null ? "" : extension(name.toString());
        if (NEWSLETTER_EXTENSIONS.contains(extension)) {
            return NEWSLETTER;
        }
        return OTHER_EXTENSIONS.contains(extension) ? OTHER_DOCUMENT : UNKNOWN;
    }

    /** The lower-case extension of a file name without the dot, or an empty string. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
