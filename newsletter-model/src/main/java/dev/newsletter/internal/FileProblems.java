package dev.newsletter.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Words for what went wrong with a file, without the names of Java classes. */
public final class FileProblems {

    private FileProblems() {}

    /** Why {@code e} happened, in lower case: {@code permission denied}, {@code no such file}. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemLoopException) {
            return "the links form a loop";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : null;
        if (reason == null) {
            reason = e.getMessage();
        }
        if (reason == null || reason.isBlank()) {
            return "an input/output error";
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    /**
     * What a file that is neither regular nor a folder is: {@code a FIFO}, {@code a device}, {@code
     * a socket}, or {@code not a regular file} where the file system cannot say.
     */
    public static String describeSpecial(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer bits) {
                switch (bits & 0170000) {
                    case 0010000:
                        return "a FIFO (named pipe)";
                    case 0020000:
                    case 0060000:
                        return "a device";
                    case 0140000:
                        return "a socket";
                    default:
                        break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view: say what is certain
        }
        return "not a regular file";
    }
}
