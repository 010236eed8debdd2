package dev.newsletter;

import java.util.List;
import java.util.Objects;

/**
 * A parsed issue and what the parser noticed on the way.
 *
 * @param issue the issue (in lenient mode, a best effort even when there are errors)
 * @param diagnostics the problems found, in source order
 */
public record ParseResult(Issue issue, List<Diagnostic> diagnostics) {

    /** Checks and copies. */
    public ParseResult {
        Objects.requireNonNull(issue, "issue");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }

    /** A result without diagnostics. */
    public static ParseResult of(Issue issue) {
        return new ParseResult(issue, List.of());
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Whether any diagnostic is a warning or an error. */
    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO);
    }

    /**
     * The issue, if the diagnostics allow it.
     *
     * @param strict whether warnings count as errors
     * @throws ParseException on an error, or on a warning when {@code strict}
     */
    public Issue issueOrThrow(boolean strict) {
        List<Diagnostic> failing =
                diagnostics.stream()
                        .filter(
                                d ->
                                        d.severity() == Severity.ERROR
                                                || (strict && d.severity() == Severity.WARNING))
                        .toList();
        if (!failing.isEmpty()) {
            throw new ParseException(failing);
        }
        return issue;
    }
}
