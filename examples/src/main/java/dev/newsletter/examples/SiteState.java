package dev.newsletter.examples;

import java.nio.file.Path;

/**
 * What is at a site's path before a build replaces it.
 *
 * @param kind what it is
 * @param build for {@link Kind#BUILT_LINK}, the build folder the link points to (which may be
 *     gone); otherwise null
 * @param detail for a built site, the first file in it that no build wrote (null when there is
 *     none); for {@link Kind#FOREIGN_LINK}, where the link points; otherwise null
 */
record SiteState(Kind kind, Path build, String detail) {

    /** The kinds of thing a site's path can hold. */
    enum Kind {
        /** Nothing: a first build. */
        ABSENT,
        /** An empty folder. */
        EMPTY_FOLDER,
        /** A symbolic link this tool made, to one of its build folders. */
        BUILT_LINK,
        /** A real folder with this tool's manifest (a copied site, or no symbolic links here). */
        BUILT_FOLDER,
        /** A symbolic link this tool did not make. */
        FOREIGN_LINK,
        /** A folder with files and no manifest of this tool. */
        FOREIGN_FOLDER,
        /** A file, device or anything else that is not a folder. */
        NOT_A_FOLDER
    }

    static SiteState of(Kind kind) {
        return new SiteState(kind, null, null);
    }

    /** Whether the path is a symbolic link, which a build replaces in one rename. */
    boolean isLink() {
        return kind == Kind.BUILT_LINK || kind == Kind.FOREIGN_LINK;
    }

    /** Whether a build may replace it without {@code --force}. */
    boolean isReplaceable() {
        return switch (kind) {
            case ABSENT, EMPTY_FOLDER -> true;
            case BUILT_LINK, BUILT_FOLDER -> detail == null;
            case FOREIGN_LINK, FOREIGN_FOLDER, NOT_A_FOLDER -> false;
        };
    }
}
