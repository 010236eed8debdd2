package dev.newsletter.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * What killed builds leave in a site's companion folder, and how the next build deals with it:
 * first it completes a swap that was cut short (the journal names the build being put in place),
 * then it removes what is provably ours. Runs only under the site's lock, so never while another
 * build is writing.
 *
 * <p>Provably ours means our naming and a mark we wrote first: a build folder whose {@linkplain
 * BuildManifest manifest} (its first file) lists every file in it; a folder moved aside whose
 * {@code .ours} marker was written before the move; our temporary links and journal files. Anything
 * else is left where it is, with a warning if it looks like a build.
 */
final class SiteLeftovers {

    /** A new link to a build, made in the companion folder and then renamed to the site. */
    static final String LINK = "link-";

    /** A folder that was at the site's path, moved aside to be deleted. */
    static final String ASIDE = "replaced-";

    /** Written before a folder is moved aside: the proof that the folder there may go. */
    static final String MARKER = ".ours";

    /** The swap journal as it is written, before it is renamed into place. */
    static final String JOURNAL_TEMPORARY = "swap-";

    private final SiteLayout layout;
    private final PrintWriter err;

    SiteLeftovers(SiteLayout layout, PrintWriter err) {
        this.layout = layout;
        this.err = err;
    }

    /**
     * Completes a swap that a killed build left half done: if the site's path is missing and the
     * journal names a complete build, that build is put in place.
     */
    void recover() throws IOException {
        Path journal = layout.journal();
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String name = Files.readString(journal, StandardCharsets.UTF_8).trim();
        Path build = layout.state().resolve(name);
        if (SiteLayout.isBuildName(name)
                && !Files.exists(layout.location(), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(build, LinkOption.NOFOLLOW_LINKS)) {
            BuildManifest.Listing listing = BuildManifest.read(build);
            if (listing != null && listing.complete()) {
                SiteSwap.restore(layout, name);
                err.println(
                        "newsletter: "
                                + layout.given()
                                + ": put back the site an interrupted build was swapping in");
                err.flush();
            }
        }
        Files.delete(journal);
    }

    /** Removes every leftover of ours except {@code current}, the build the site shows. */
    void clean(Path current) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(layout.state())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (entry.equals(current)) {
                    continue;
                }
                if (SiteLayout.isBuildName(name)
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    removeBuild(entry);
                } else if (named(name, LINK, "") && Files.isSymbolicLink(entry)) {
                    Files.delete(entry);
                } else if (named(name, ASIDE, "")
                        && Files.exists(entry.resolveSibling(name + MARKER))) {
                    deleteTree(entry);
                } else if (named(name, ASIDE, MARKER)
                        && !Files.exists(
                                entry.resolveSibling(
                                        name.substring(0, name.length() - MARKER.length())),
                                LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(entry); // the folder it marked is gone
                } else if (named(name, JOURNAL_TEMPORARY, ".tmp")) {
                    Files.delete(entry);
                }
            }
        }
    }

    /** Whether {@code name} is {@code prefix}, a build's name, then {@code suffix}. */
    private static boolean named(String name, String prefix, String suffix) {
        return name.startsWith(prefix)
                && name.endsWith(suffix)
                && name.length() > prefix.length() + suffix.length()
                && SiteLayout.isBuildName(
                        name.substring(prefix.length(), name.length() - suffix.length()));
    }

    private void removeBuild(Path build) throws IOException {
        try (Stream<Path> files = Files.list(build)) {
            if (files.findAny().isEmpty()) {
                Files.delete(build); // killed before its manifest: nothing in it to lose
                return;
            }
        }
        BuildManifest.Listing listing = BuildManifest.read(build);
        String added = listing == null ? null : BuildManifest.firstUnlisted(build, listing);
        if (listing == null || added != null) {
            err.println(
                    "newsletter: warning: left "
                            + build
                            + " in place: it holds "
                            + (added == null ? "files without this tool's manifest" : added)
                            + ", which no build wrote");
            err.flush();
            return;
        }
        deleteTree(build);
    }

    /** Deletes a folder and what it holds, never following a symbolic link out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path folder, IOException failure)
                            throws IOException {
                        if (failure != null) {
                            throw failure;
                        }
                        Files.delete(folder);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
