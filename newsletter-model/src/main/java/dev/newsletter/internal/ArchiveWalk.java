package dev.newsletter.internal;

import dev.newsletter.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a folder that {@code IssueReader.readAll} reads, and those it passes over with why.
 *
 * <ul>
 *   <li>Hidden files and folders (names starting with a dot) are passed over without a word, as
 *       version control and editors keep theirs.
 *   <li>A symbolic link whose real target is outside the folder is skipped with a warning, unless
 *       allowed: reading a folder you do not control must not publish other files.
 *   <li>Links inside the folder are followed, but each real file is read once, under its own path
 *       when the walk reaches it there; a loop of links ends where it starts.
 *   <li>Only regular files are read: devices, pipes and sockets are skipped with a warning.
 *   <li>Pictures, styles, scripts and data files ({@link SourceFileKind#OTHER_DOCUMENT}) are passed
 *       over unread, with a note.
 * </ul>
 *
 * <p>Not thread-safe: one per walk.
 */
public final class ArchiveWalk {

    /**
     * A file to read.
     *
     * @param path the file as the caller names it, under the folder given
     * @param target the real file to open, reached without symbolic links
     * @param size the size it reports
     * @param kind what its extension says
     */
    public record SourceFile(Path path, Path target, long size, SourceFileKind kind) {}

    private record Link(Path shown, Path file) {}

    private final Path realRoot;
    private final boolean followLinksOutside;
    private final Set<Path> walkedFolders = new HashSet<>();
    private final Map<Path, SourceFile> byTarget = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Diagnostic> skipped = new ArrayList<>();

    private ArchiveWalk(Path realRoot, boolean followLinksOutside) {
        this.realRoot = realRoot;
        this.followLinksOutside = followLinksOutside;
    }

    /**
     * Walks {@code folder}.
     *
     * @param followLinksOutside whether to read links whose real target is outside {@code folder}
     * @throws IOException if the folder itself cannot be read
     */
    public static ArchiveWalk of(Path folder, boolean followLinksOutside) throws IOException {
        ArchiveWalk walk = new ArchiveWalk(folder.toRealPath(), followLinksOutside);
        walk.walk(walk.realRoot, folder);
        // Links last, so that a file the walk reaches directly is read under its own path.
        for (int next = 0; next < walk.links.size(); next++) {
            walk.follow(walk.links.get(next));
        }
        return walk;
    }

    /** The files to read, sorted by path. */
    public List<SourceFile> files() {
        List<SourceFile> files = new ArrayList<>(byTarget.values());
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    /** One diagnostic per file passed over, naming it and why, in the order the walk met them. */
    public List<Diagnostic> skipped() {
        return List.copyOf(skipped);
    }

    private void walk(Path realFolder, Path shownFolder) throws IOException {
        List<Link> found = new ArrayList<>();
        Files.walkFileTree(
                realFolder,
                EnumSet.noneOf(FileVisitOption.class),
                Integer.MAX_VALUE,
                new FileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(
                            Path folder, BasicFileAttributes attributes) {
                        if (!folder.equals(realFolder)
                                && (isHidden(folder) || walkedFolders.contains(folder))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        walkedFolders.add(folder);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (isHidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        Path shown = shownFolder.resolve(realFolder.relativize(file).toString());
                        if (attributes.isSymbolicLink()) {
                            found.add(new Link(shown, file));
                        } else if (attributes.isRegularFile()) {
                            add(shown, file, attributes.size());
                        } else if (!attributes.isDirectory()) {
                            skip(shown, FileProblems.describeSpecial(file) + ", not read");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        Path shown = shownFolder.resolve(realFolder.relativize(file).toString());
                        if (!isHidden(file)) {
                            cannotRead(shown, e);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                        if (e != null) {
                            cannotRead(
                                    shownFolder.resolve(realFolder.relativize(folder).toString()),
                                    e);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(Comparator.comparing(Link::shown));
        links.addAll(found);
    }

    private void follow(Link link) {
        Path real;
        BasicFileAttributes attributes;
        try {
            real = link.file().toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            skip(
                    link.shown(),
                    "a link to a file that cannot be read (" + FileProblems.describe(e) + ")");
            return;
        }
        if (!real.startsWith(realRoot) && !followLinksOutside) {
            skip(link.shown(), "a link that leads outside the folder (to " + real + ")");
            return;
        }
        if (attributes.isDirectory()) {
            if (!walkedFolders.contains(real)) {
                try {
                    walk(real, link.shown());
                } catch (IOException e) {
                    cannotRead(link.shown(), e);
                }
            }
        } else if (attributes.isRegularFile()) {
            add(link.shown(), real, attributes.size());
        } else {
            skip(link.shown(), "a link to " + FileProblems.describeSpecial(real) + ", not read");
        }
    }

    private void add(Path shown, Path real, long size) {
        if (byTarget.containsKey(real)) {
            return; // read once, under the path the walk reached first
        }
        SourceFileKind kind = SourceFileKind.of(shown);
        if (kind == SourceFileKind.OTHER_DOCUMENT) {
            String extension = SourceFileKind.extension(shown.getFileName().toString());
            skipped.add(
                    Diagnostic.info(
                            shown.toString(),
                            0,
                            0,
                            "skipped: a ." + extension + " file is not read as an issue"));
            return;
        }
        byTarget.put(real, new SourceFile(shown, real, size, kind));
    }

    private void skip(Path shown, String reason) {
        skipped.add(Diagnostic.warning(shown.toString(), 0, 0, "skipped: " + reason));
    }

    private void cannotRead(Path shown, IOException e) {
        skipped.add(
                Diagnostic.error(
                        shown.toString(), 0, 0, "cannot read it: " + FileProblems.describe(e)));
    }

    private static boolean isHidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
