package dev.newsletter;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a source cannot be parsed, or has warnings in strict mode. The message names the
 * first problem as {@code file:line:column: what is wrong}; {@link #diagnostics()} has them all.
 *
 * <p>Unchecked, like {@link java.time.format.DateTimeParseException}: parsing a string does no I/O.
 */
public final class ParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The diagnostics; a list copied from the caller, so effectively immutable. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list
    private final List<Diagnostic> diagnostics;

    /**
     * An exception for the given problems.
     *
     * @param diagnostics at least one
     */
    public ParseException(List<Diagnostic> diagnostics) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** An exception for one problem. */
    public ParseException(Diagnostic diagnostic) {
        this(List.of(Objects.requireNonNull(diagnostic, "diagnostic")));
    }

    /** All problems, the first one being the one in the message. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String message(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a parse exception needs at least one diagnostic");
        }
        Diagnostic first = diagnostics.get(0);
        String text =
                first.source() + ":" + first.line() + ":" + first.column() + ": " + first.message();
        int more = diagnostics.size() - 1;
        return more == 0 ? text : text + " (and " + more + " more)";
    }
}
