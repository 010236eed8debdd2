package dev.newsletter.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seams for the tests of {@link SiteBuild}: the moments a build passes (where a test stops the
 * process to kill it there) and how it makes symbolic links (which a test replaces to stand for a
 * file system without them). The command itself never changes them.
 */
final class BuildHooks {

    /** Told each moment of a build; the default does nothing. */
    @FunctionalInterface
    interface Checkpoint {
        void reached(String moment);
    }

    /** Makes a symbolic link, or throws as a file system without them does. */
    @FunctionalInterface
    interface LinkMaker {
        void link(Path link, Path target) throws IOException;
    }

    static volatile Checkpoint checkpoint = moment -> {};

    static volatile LinkMaker links = (link, target) -> Files.createSymbolicLink(link, target);

    private BuildHooks() {}
}
