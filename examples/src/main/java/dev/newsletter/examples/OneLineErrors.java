package dev.newsletter.examples;

import dev.newsletter.ParseException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns a failure into one line on standard error and exit status 1: people running a command want
 * to know what is wrong with their input, not where in our code it was noticed.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    static final int INPUT_ERROR = 1;

    @Override
    public int handleExecutionException(
            Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("newsletter: " + describe(exception));
        commandLine.getErr().flush();
        return INPUT_ERROR;
    }

    static String describe(Throwable exception) {
        Throwable cause =
                exception instanceof UncheckedIOException unchecked
                        ? unchecked.getCause()
                        : exception;
        if (cause instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (cause instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (cause instanceof FileNotFoundException notFound) {
            return notFound.getMessage();
        }
        if (cause instanceof ParseException parse) {
            return parse.getMessage();
        }
        if (cause instanceof IOException io && io.getMessage() != null) {
            return io.getMessage(); // file system exceptions name the file
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
