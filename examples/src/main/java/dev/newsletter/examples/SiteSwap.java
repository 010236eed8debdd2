package dev.newsletter.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Puts a complete build at the site's path so that the path never lacks a whole site.
 *
 * <p>Where the path is a symbolic link (every build after the first), a new link is made beside the
 * builds and renamed over it: one {@code rename(2)}, which replaces a link atomically. Where the
 * path is a real folder (an empty one, a copied site, or a file system without symbolic links), no
 * single call can replace a folder, so it takes two renames: the folder is moved aside, then the
 * new site moved in. A journal written first names the new build, so that if the process dies
 * between the two, the next build puts it in place before anything else.
 */
final class SiteSwap {

    private SiteSwap() {}

    /**
     * Puts build {@code name} in place of {@code state}.
     *
     * @return whether the site is now a symbolic link (false: this file system has none, so the
     *     build folder itself was moved to the site's path)
     */
    static boolean putInPlace(SiteLayout layout, SiteState state, String name) throws IOException {
        Path link = newLink(layout, name);
        Path build = layout.state().resolve(name);
        Path incoming = link != null ? link : build;
        switch (state.kind()) {
            case ABSENT -> move(incoming, layout.location());
            case BUILT_LINK, FOREIGN_LINK -> {
                if (link == null) {
                    throw CommandFailure.of(
                            "cannot replace the link "
                                    + layout.given()
                                    + ": this file system cannot make symbolic links");
                }
                move(link, layout.location()); // the one step that swaps the site
            }
            default -> replaceFolder(layout, name, incoming);
        }
        return link != null;
    }

    /** Puts build {@code name} at the site's path, which is missing (after a killed swap). */
    static void restore(SiteLayout layout, String name) throws IOException {
        Path link = newLink(layout, name);
        move(link != null ? link : layout.state().resolve(name), layout.location());
    }

    private static void replaceFolder(SiteLayout layout, String name, Path incoming)
            throws IOException {
        Path aside = layout.state().resolve(SiteLeftovers.ASIDE + name);
        Path marker = layout.state().resolve(SiteLeftovers.ASIDE + name + SiteLeftovers.MARKER);
        writeJournal(layout, name);
        Files.writeString(
                marker,
                "The folder beside this file was at the site's path, and is deleted once the new"
                        + " site is in place.\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        try {
            move(layout.location(), aside);
        } catch (IOException e) {
            Files.deleteIfExists(marker);
            Files.deleteIfExists(layout.journal());
            throw CommandFailure.of(
                    "cannot move "
                            + layout.given()
                            + " aside to put the new site in place: "
                            + OneLineErrors.reason(e));
        }
        BuildHooks.checkpoint.reached("moved-aside");
        try {
            move(incoming, layout.location());
        } catch (IOException e) {
            move(aside, layout.location()); // the old site back where it was
            Files.deleteIfExists(marker);
            Files.deleteIfExists(layout.journal());
            throw e;
        }
        Files.delete(layout.journal());
        SiteLeftovers.deleteTree(aside);
        Files.delete(marker);
    }

    /** A new link to build {@code name}, in the companion folder; null without symbolic links. */
    private static Path newLink(SiteLayout layout, String name) {
        Path link = layout.state().resolve(SiteLeftovers.LINK + name);
        try {
            BuildHooks.links.link(link, layout.linkTarget(name));
            return link;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The journal: the build being swapped in, replaced in one rename so it is never partial. */
    private static void writeJournal(SiteLayout layout, String name) throws IOException {
        Path temporary = layout.state().resolve(SiteLeftovers.JOURNAL_TEMPORARY + name + ".tmp");
        Files.writeString(temporary, name + "\n", StandardCharsets.UTF_8);
        move(temporary, layout.journal());
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
}
