package dev.newsletter.fuzz;

import dev.newsletter.Diagnostic;
import dev.newsletter.IssueParser;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseException;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Calls a parser as a library user does and holds it to its contract: problems come back as
 * diagnostics, or as a {@link ParseException}; nothing else escapes. Anything else a call throws,
 * {@link StackOverflowError} and {@link OutOfMemoryError} included, is left to propagate, and
 * Jazzer reports it as a finding.
 *
 * <p>Diagnostics are held to the project's message rules too: one line each, and no Java class name
 * that the input did not itself contain.
 */
final class ParserContract {

    /** Words that only get into a message by way of an exception's class or message. */
    private static final List<String> LEAKS =
            List.of("exception", "java.", "javax.", "org.apache", "org.yaml", "com.fasterxml");

    private ParserContract() {}

    /** Every issue {@code parser} reads from {@code input}; none when it throws ParseException. */
    static List<ParseResult> parseAll(IssueParser parser, ParseInput input, ParseOptions options) {
        int confidence = parser.confidence(input);
        check(confidence >= 0 && confidence <= 100, "confidence out of range: " + confidence);
        List<ParseResult> results;
        try {
            results = parser.parseAll(input, options);
        } catch (ParseException e) {
            checkDiagnostics(e.diagnostics(), input);
            return List.of();
        }
        check(results != null && !results.isEmpty(), "parseAll gave no result");
        for (ParseResult result : results) {
            checkResult(result, input, options);
        }
        return results;
    }

    /** The issue {@code reader} reads from {@code input}, or empty on ParseException. */
    static Optional<ParseResult> read(IssueReader reader, ParseInput input) {
        ParseResult result;
        try {
            result = reader.read(input);
        } catch (ParseException e) {
            checkDiagnostics(e.diagnostics(), input);
            return Optional.empty();
        }
        checkResult(result, input, reader.options());
        return Optional.of(result);
    }

    private static void checkResult(ParseResult result, ParseInput input, ParseOptions options) {
        check(result != null && result.issue() != null, "a parse result without an issue");
        checkDiagnostics(result.diagnostics(), input);
        try {
            result.issueOrThrow(options.strict());
        } catch (ParseException e) {
            check(!e.diagnostics().isEmpty(), "a ParseException without diagnostics");
        }
    }

    private static void checkDiagnostics(List<Diagnostic> diagnostics, ParseInput input) {
        String text = null;
        for (Diagnostic diagnostic : diagnostics) {
            String message = diagnostic.message();
            check(!message.isBlank(), "a blank diagnostic: " + diagnostic);
            check(
                    message.indexOf('\n') < 0 && message.indexOf('\r') < 0,
                    "a diagnostic over several lines: " + diagnostic);
            String lower = message.toLowerCase(Locale.ROOT);
            for (String leak : LEAKS) {
                if (lower.contains(leak)) {
                    if (text == null) {
                        text = input.text().toLowerCase(Locale.ROOT);
                    }
                    check(text.contains(leak), "a diagnostic naming Java internals: " + diagnostic);
                }
            }
        }
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(problem);
        }
    }
}
