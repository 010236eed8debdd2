package dev.newsletter.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old file or the whole new one: the text goes to a
 * temporary file beside the target, which replaces the target only once it is complete. A failed
 * run leaves nothing half-written behind.
 */
final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicOutput() {}

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the published file.
        Path temporary =
                folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out =
                    Files.newBufferedWriter(
                            temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            try {
                Files.move(
                        temporary,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
