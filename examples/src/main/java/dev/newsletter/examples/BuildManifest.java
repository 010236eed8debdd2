package dev.newsletter.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The list of files a build wrote, kept in the site as {@value #FILE_NAME}: what lets a later build
 * prove that a folder is a site this tool made, and that nobody added a file to it since.
 *
 * <p>It is the first file a build creates (so even a killed build's folder is recognisably ours)
 * and each path is appended before its file is created (so every file of a killed build is listed).
 * It ends with {@code complete} once the site is whole. It holds no time or build id, so the same
 * archive gives the same site, byte for byte.
 *
 * <pre>
 * newsletter-manifest 1
 * # Written by the newsletter command: every file of this site. ...
 * tool newsletter 0.1.0
 * file issues/2024-01.html
 * file index.html
 * complete
 * </pre>
 */
final class BuildManifest implements AutoCloseable {

    static final String FILE_NAME = ".newsletter-manifest";

    private static final String FORMAT = "newsletter-manifest 1";
    private static final String FILE = "file ";
    private static final String COMPLETE = "complete";

    /** What a manifest says: the files listed, and whether the build finished. */
    record Listing(Set<String> files, boolean complete) {
        Listing {
            files = Set.copyOf(files);
        }
    }

    private final Writer out;

    private BuildManifest(Writer out) {
        this.out = out;
    }

    /** Starts the manifest of a new build in {@code folder}, which must not have one. */
    static BuildManifest create(Path folder, String version) throws IOException {
        Writer out =
                AtomicOutput.writer(
                        Files.newOutputStream(
                                folder.resolve(FILE_NAME), StandardOpenOption.CREATE_NEW));
        BuildManifest manifest = new BuildManifest(out);
        manifest.line(FORMAT);
        manifest.line(
                "# Written by the newsletter command: every file of this site. A later build"
                        + " replaces the site only while each file in it is listed here.");
        manifest.line("tool newsletter " + version);
        return manifest;
    }

    /** Records {@code relative} (with {@code /} separators), before the file is written. */
    void add(String relative) throws IOException {
        if (relative.isEmpty()
                || relative.startsWith("/")
                || relative.contains("\n")
                || relative.contains("\r")
                || List.of(relative.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a path inside the site: " + relative);
        }
        line(FILE + relative);
    }

    /** Marks the build complete. */
    void complete() throws IOException {
        line(COMPLETE);
        out.close();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
        out.flush(); // to the system at once: a killed build's manifest lists what it began
    }

    /** What the manifest in {@code folder} says, or null if there is none of this tool's. */
    static Listing read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            return null;
        }
        Set<String> files = new HashSet<>();
        boolean complete = false;
        for (String line : lines) {
            if (line.startsWith(FILE)) {
                files.add(line.substring(FILE.length()));
            } else if (line.equals(COMPLETE)) {
                complete = true;
            }
        }
        return new Listing(files, complete);
    }

    /**
     * The first file under {@code folder} that {@code listing} does not name (a file a person
     * added, or a symbolic link, which builds never write), relative with {@code /}; null if every
     * file is listed. Folders do not count: an empty folder holds nothing to lose.
     */
    static String firstUnlisted(Path folder, Listing listing) throws IOException {
        String[] found = new String[1];
        Files.walkFileTree(
                folder,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String relative = folder.relativize(file).toString().replace('\\', '/');
                        boolean listed =
                                relative.equals(FILE_NAME)
                                        || (attributes.isRegularFile()
                                                && listing.files().contains(relative));
                        if (listed) {
                            return FileVisitResult.CONTINUE;
                        }
                        found[0] = relative;
                        return FileVisitResult.TERMINATE;
                    }
                });
        return found[0];
    }
}
