package dev.newsletter.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks of command-line inputs that give one clear line instead of a stack trace. */
final class Inputs {

    private Inputs() {}

    /** Fails unless {@code file} is an existing file. */
    static void requireFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; give one issue file");
        }
    }

    /** Fails unless {@code path} exists (a folder of issues, or a file holding several). */
    static void requireExisting(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
    }
}
