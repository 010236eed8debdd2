package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one parse, naming its source. Not thread-safe: one per parse. */
final class DiagnosticSink {

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
        diagnostics.add(Diagnostic.error(source, line, column, message));
    }

    void warning(int line, int column, String message) {
        diagnostics.add(Diagnostic.warning(source, line, column, message));
    }

    void info(int line, int column, String message) {
        diagnostics.add(Diagnostic.info(source, line, column, message));
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
