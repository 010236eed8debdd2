package dev.newsletter.examples;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * A site built in a staging folder beside its target and swapped into place only when complete, so
 * a failed build leaves the previous site (or nothing) behind, never half a site.
 */
final class SiteBuild implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean published;

    private SiteBuild(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a build of {@code target} in a fresh staging folder beside it. */
    static SiteBuild start(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(target + " exists and is not a folder");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging =
                parent.resolve("." + absolute.getFileName() + ".building-" + UUID.randomUUID());
        Files.createDirectory(staging);
        return new SiteBuild(absolute, staging);
    }

    /** Where to write the site's files while building. */
    Path staging() {
        return staging;
    }

    /** Replaces the target with the staged site. */
    void publish() throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous =
                    target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        published = true;
        if (previous != null) {
            deleteTree(previous);
        }
    }

    /** Removes the staging folder unless the site was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
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
