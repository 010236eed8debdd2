package dev.newsletter.examples;

import dev.newsletter.Diagnostic;
import dev.newsletter.ParseException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Turns every failure into one line per problem on standard error: exit status 1 for a problem of
 * the input or the output, 2 for a usage error. People running a command want to know what is wrong
 * with what they gave, not where in our code it was noticed, so no message ever falls back to a
 * Java class name or a stack trace (set {@code NEWSLETTER_DEBUG=1} to see one).
 */
final class OneLineErrors
        implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;

    /** The tail of {@link FileNotFoundException}'s message: {@code path (reason)}. */
    private static final Pattern PARENTHESISED_REASON = Pattern.compile(".*\\(([^()]+)\\)$");

    @Override
    public int handleExecutionException(
            Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof CommandFailure failure && failure.alreadyReported()) {
            return INPUT_ERROR;
        }
        if (exception instanceof ParseException parse) {
            // not printed yet: thrown before any diagnostics were (too large, not recognised)
            for (Diagnostic diagnostic : parse.diagnostics()) {
                err.println(diagnostic);
            }
        } else {
            err.println("newsletter: " + describe(exception));
            if (System.getenv("NEWSLETTER_DEBUG") != null) {
                exception.printStackTrace(err);
            }
        }
        err.flush();
        return INPUT_ERROR;
    }

    /**
     * A usage error as one line: what is wrong, a suggestion when picocli has one, and where help
     * is, instead of the whole usage text.
     */
    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(name).append(": ").append(exception.getMessage());
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            line.append(" (did you mean ")
                    .append(String.join(" or ", unmatched.getSuggestions()))
                    .append("?)");
        }
        line.append("; see '").append(name).append(" --help'");
        command.getErr().println(line);
        command.getErr().flush();
        return USAGE_ERROR;
    }

    /** What went wrong, in words, naming the file the failure is about when it has one. */
    static String describe(Throwable exception) {
        Throwable cause =
                exception instanceof UncheckedIOException unchecked
                        ? unchecked.getCause()
                        : exception;
        if (cause instanceof CommandFailure failure) {
            return failure.getMessage();
        }
        if (cause instanceof ParseException parse) {
            return parse.getMessage();
        }
        if (cause instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
            String other =
                    fileSystem.getOtherFile() == null ? "" : " (" + fileSystem.getOtherFile() + ")";
            return fileSystem.getFile() + other + ": " + reason(fileSystem);
        }
        if (cause instanceof IOException io) {
            return reason(io);
        }
        if ((cause instanceof IllegalArgumentException || cause instanceof IllegalStateException)
                && cause.getMessage() != null) {
            return cause.getMessage(); // our builders' messages say which value is wrong
        }
        return "an unexpected internal problem; please report it with the command you ran"
                + " (NEWSLETTER_DEBUG=1 shows where it happened)";
    }

    /**
     * Why an I/O operation failed, in lower-case words and without the path (the caller names the
     * path the user gave, never a temporary one): "no space left on device", "permission denied".
     */
    static String reason(IOException exception) {
        if (exception instanceof CommandFailure failure) {
            return failure.getMessage();
        }
        if (exception instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (exception instanceof NoSuchFileException) {
            return "no such file";
        }
        if (exception instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (exception instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (exception instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (exception instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (exception instanceof CharacterCodingException) {
            return "the text holds a character UTF-8 cannot encode (a lone surrogate)";
        }
        String text =
                exception instanceof FileSystemException fileSystem
                        ? fileSystem.getReason()
                        : exception.getMessage();
        if (text == null || text.isBlank()) {
            return "input/output error";
        }
        Matcher parenthesised = PARENTHESISED_REASON.matcher(text);
        if (exception instanceof FileNotFoundException && parenthesised.matches()) {
            text = parenthesised.group(1);
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
