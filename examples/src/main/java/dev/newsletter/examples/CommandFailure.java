package dev.newsletter.examples;

import java.io.IOException;

/**
 * A failure already phrased for the person running the command: its message is the one line to
 * print after {@code newsletter: }, or there is nothing left to print because the problems were
 * reported as they were found (diagnostics of the input).
 *
 * <p>An {@link IOException}, so that it passes through the writers' {@code throws IOException}
 * untouched.
 */
final class CommandFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean reported;

    private CommandFailure(String message, boolean reported) {
        super(message);
        this.reported = reported;
    }

    /** A failure described by {@code line}, which names the file or folder the user gave. */
    static CommandFailure of(String line) {
        return new CommandFailure(line, false);
    }

    /** A failure whose problems have all been printed already, one line each. */
    static CommandFailure reported() {
        return new CommandFailure("the problems above were reported", true);
    }

    /** Whether there is nothing more to print. */
    boolean alreadyReported() {
        return reported;
    }
}
