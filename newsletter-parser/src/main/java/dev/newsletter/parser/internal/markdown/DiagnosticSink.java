package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the diagnostics of one parse, naming its source. Messages quote values from the source
 * (a date, a link), which may span lines: each message is put on one line here, so that a problem
 * is always one line. Not thread-safe: one per parse.
 */
final class DiagnosticSink {

    /** Line breaks and other control characters, with the spaces around them. */
    private static final Pattern BREAKS = Pattern.compile("[ \\t]*[\\p{Cc}\\u2028\\u2029]+[ \\t]*");

    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    DiagnosticSink(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    List<Diagnostic> list() {
        return diagnostics;
    }

    void error(int line, int column, String message) {
        diagnostics.add(Diagnostic.error(source, line, column, oneLine(message)));
    }

    void warning(int line, int column, String message) {
        diagnostics.add(Diagnostic.warning(source, line, column, oneLine(message)));
    }

    void info(int line, int column, String message) {
        diagnostics.add(Diagnostic.info(source, line, column, oneLine(message)));
    }

    private static String oneLine(String message) {
        return BREAKS.matcher(message).replaceAll(" ");
    }

    /** How many errors were reported so far. */
    int errorCount() {
        int count = 0;
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == dev.newsletter.Severity.ERROR) {
                count++;
            }
        }
        return count;
    }

    /** The diagnostics in source order. */
    List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(copy);
    }
}
