package dev.newsletter.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decides whether a build may replace what is at its output path. It may if the path is absent, an
 * empty folder or a site this tool built with no file added since (every file listed in its
 * {@linkplain BuildManifest manifest}); anything else is a person's, and is replaced only with
 * {@code --force}. An output that is the archive, lies inside it or holds it is refused even then:
 * the build would destroy its own input, or read its own output back as issues.
 */
final class OutputGuard {

    private OutputGuard() {}

    /**
     * Checks that {@code site} may receive a build of {@code archive}, touching nothing.
     *
     * @throws CommandFailure with the one line that says why not and what to do instead
     */
    static SiteLayout check(Path archive, Path site, boolean force) throws IOException {
        SiteLayout layout = SiteLayout.of(site);
        refuseOverlap(layout, archive);
        Path inTheWay = RealPaths.fileInTheWay(site);
        if (inTheWay != null) {
            throw CommandFailure.of(
                    "cannot build " + site + ": " + inTheWay + " is a file, not a folder");
        }
        if (!layout.stateFolderIsOurs()) {
            throw CommandFailure.of(
                    "cannot build "
                            + site
                            + ": "
                            + layout.state().getFileName()
                            + " beside it holds files this tool did not write; move it away or"
                            + " give another folder");
        }
        allow(layout, layout.inspect(), force);
        return layout;
    }

    /**
     * Refuses {@code state} unless a build may replace it.
     *
     * @throws CommandFailure if it may not
     */
    static void allow(SiteLayout layout, SiteState state, boolean force) throws CommandFailure {
        String site = layout.given().toString();
        if (state.kind() == SiteState.Kind.NOT_A_FOLDER) {
            throw CommandFailure.of(site + " is a file, not a folder; give a folder for the site");
        }
        if (state.isReplaceable() || force) {
            return;
        }
        String why =
                switch (state.kind()) {
                    case FOREIGN_LINK ->
                            "it is a symbolic link to "
                                    + state.detail()
                                    + " that this tool did not make; give another folder, or --force to"
                                    + " replace the link (what it points to is left alone)";
                    case FOREIGN_FOLDER ->
                            "it is a folder this tool did not build (it has no "
                                    + BuildManifest.FILE_NAME
                                    + "); give another folder, or --force to replace it and delete its"
                                    + " files";
                    default ->
                            "it holds "
                                    + layout.shown(state.detail())
                                    + ", which no build wrote; move that out, give another folder, or"
                                    + " --force to replace the site and delete it";
                };
        throw CommandFailure.of("will not replace " + site + ": " + why);
    }

    private static void refuseOverlap(SiteLayout layout, Path archive) throws IOException {
        Path input;
        try {
            input = archive.toRealPath();
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(archive.toString());
        }
        String site = layout.given().toString();
        String outside = "; give a folder outside the archive";
        for (Path output : outputs(layout)) {
            if (output.equals(input)) {
                throw CommandFailure.of(
                        "will not build into " + site + ": it is the archive " + archive + outside);
            }
            if (output.startsWith(input)) {
                throw CommandFailure.of(
                        "will not build into "
                                + site
                                + ": it is inside the archive "
                                + archive
                                + ", so builds would read the site back as issues"
                                + outside);
            }
            if (input.startsWith(output)) {
                throw CommandFailure.of(
                        "will not build into "
                                + site
                                + ": it holds the archive "
                                + archive
                                + ", which the build would replace"
                                + outside);
            }
        }
        Path workingFolder = Path.of("").toAbsolutePath().toRealPath();
        if (workingFolder.startsWith(layout.location())) {
            throw CommandFailure.of(
                    "will not build into "
                            + site
                            + ": it is or holds the current folder; give another folder, or run"
                            + " from outside it");
        }
    }

    /** Every place a build writes or replaces: the path, what it points to, the builds folder. */
    private static Path[] outputs(SiteLayout layout) throws IOException {
        Path location = layout.location();
        Path pointedTo = Files.exists(location) ? location.toRealPath() : location;
        return new Path[] {location, pointedTo, RealPaths.real(layout.state())};
    }
}
