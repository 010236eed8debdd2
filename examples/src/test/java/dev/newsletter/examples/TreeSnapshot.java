package dev.newsletter.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything under a folder, byte for byte: each relative path mapped to {@code dir}, {@code link
 * -> target} or {@code file <SHA-256>}. Two equal snapshots are the same tree.
 */
final class TreeSnapshot {

    private TreeSnapshot() {}

    /** The snapshot of {@code root}; a symbolic link given as root is followed, none below it. */
    static Map<String, String> of(Path root) throws IOException {
        Path start = root.toRealPath();
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(start)) {
            paths.forEach(path -> tree.put(start.relativize(path).toString(), describe(path)));
        }
        return tree;
    }

    private static String describe(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return "link -> " + Files.readSymbolicLink(path);
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return "dir";
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return "file " + HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
