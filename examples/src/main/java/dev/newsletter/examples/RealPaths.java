package dev.newsletter.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a path given on the command line really is, for outputs that may not exist yet: the nearest
 * existing ancestor is resolved to its real path (symbolic links followed, as the system will
 * follow them) and the missing rest appended.
 */
final class RealPaths {

    private RealPaths() {}

    /**
     * The real path of {@code path}'s folder with its own name appended, so that a symbolic link
     * named by {@code path} is the link itself, not what it points to. A path ending in {@code .}
     * or {@code ..} is resolved completely.
     */
    static Path location(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path name = absolute.getFileName();
        if (name == null || name.toString().equals(".") || name.toString().equals("..")) {
            return real(absolute);
        }
        return real(absolute.getParent()).resolve(name);
    }

    /** The real path of the nearest existing ancestor of {@code path}, plus the missing rest. */
    static Path real(Path path) throws IOException {
        Path existing = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real = existing.toRealPath();
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real.normalize();
    }

    /**
     * The nearest existing ancestor of {@code path} if it is not a folder, which makes {@code path}
     * impossible to create; null otherwise. Given in the user's terms: relative when {@code path}
     * is.
     */
    static Path fileInTheWay(Path path) {
        for (Path ancestor = path.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (Files.exists(ancestor)) {
                return Files.isDirectory(ancestor) ? null : ancestor;
            }
        }
        return null; // the working folder, or the root
    }
}
