package dev.newsletter.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes the file given with {@code -o} so that readers see either the old file or the whole new
 * one: the text goes to a temporary file beside the target, which replaces the target only once it
 * is complete. A failed run leaves nothing half-written behind, and every failure is one line
 * naming the path the user gave, never the temporary file.
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/full}, a named
 * pipe) is written directly: renaming a file over it would replace the device node. A symbolic link
 * to a regular file is followed, so the file it points to is the one replaced.
 */
final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicOutput() {}

    /**
     * Writes {@code target} with {@code content}.
     *
     * @throws CommandFailure naming {@code target} if it cannot be written
     */
    static void write(Path target, Content content) throws IOException {
        String shown = target.toString();
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw CommandFailure.of(shown + " is a folder; give the path of a file to write");
        }
        if (Files.exists(absolute)) {
            absolute = real(absolute, shown);
            if (!Files.isRegularFile(absolute)) {
                writeDirectly(absolute, shown, content);
                return;
            }
        } else if (Files.isSymbolicLink(absolute)) {
            throw CommandFailure.of(
                    "cannot write " + shown + ": it is a symbolic link to a missing file");
        }
        Path folder = absolute.getParent();
        createFolder(target, folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the published file.
        Path temporary =
                folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out =
                    writer(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW))) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temporary);
            try {
                Files.move(
                        temporary,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(shown, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static Path real(Path absolute, String shown) throws CommandFailure {
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw cannotWrite(shown, e);
        }
    }

    private static void writeDirectly(Path device, String shown, Content content)
            throws CommandFailure {
        try (Writer out = writer(Files.newOutputStream(device, StandardOpenOption.WRITE))) {
            content.writeTo(out);
        } catch (IOException e) {
            throw cannotWrite(shown, e);
        }
    }

    /** Creates the folders up to {@code folder}, or says in one line why they cannot be. */
    static void createFolder(Path target, Path folder) throws CommandFailure {
        Path inTheWay = RealPaths.fileInTheWay(target);
        if (inTheWay != null) {
            throw CommandFailure.of(
                    "cannot write " + target + ": " + inTheWay + " is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw cannotWrite(target.toString(), e);
        }
    }

    /** UTF-8 that fails on what it cannot encode rather than writing {@code ?}. */
    static Writer writer(OutputStream stream) {
        return new BufferedWriter(
                new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
    }

    static CommandFailure cannotWrite(String shown, IOException cause) {
        if (cause instanceof CommandFailure failure) {
            return failure;
        }
        return CommandFailure.of("cannot write " + shown + ": " + OneLineErrors.reason(cause));
    }

    /** A replaced file keeps its permissions, as it would if it were rewritten in place. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(target)) {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the write already failed or succeeded; a stray temporary file is not worth a second
            // error line, and its name says what it is
        }
    }
}
