package dev.newsletter;

import java.util.Objects;

/**
 * A problem found while parsing, with where it is.
 *
 * @param severity how serious it is
 * @param message what is wrong, in words a person can act on
 * @param source the file or label of the input
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record Diagnostic(Severity severity, String message, String source, int line, int column) {

    /** Checks. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A warning. */
    public static Diagnostic warning(String source, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, message, source, line, column);
    }

    /** An error. */
    public static Diagnostic error(String source, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, message, source, line, column);
    }

    /** A note. */
    public static Diagnostic info(String source, int line, int column, String message) {
        return new Diagnostic(Severity.INFO, message, source, line, column);
    }

    /** {@code file:line:column: severity: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + severity.id() + ": " + message;
    }
}
