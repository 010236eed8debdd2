package dev.newsletter.examples;

import dev.newsletter.ArchiveResult;
import dev.newsletter.Diagnostic;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseException;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the commands read their input: one reader per run, diagnostics printed as {@code
 * file:line:column: severity: message}, and one clear failure instead of a stack trace.
 */
final class IssueInputs {

    private IssueInputs() {}

    /**
     * Reads one issue file, printing its diagnostics to {@code err}.
     *
     * @throws CommandFailure on errors, or on warnings when {@code strict}, all printed already
     */
    static Issue readOne(
            Path file, boolean strict, Map<String, String> siteVariables, PrintWriter err)
            throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; give one issue file");
        }
        ParseOptions options =
                ParseOptions.builder().strict(strict).siteVariables(siteVariables).build();
        ParseResult result = IssueReader.builder().options(options).build().read(file);
        print(result.diagnostics(), err, Severity.INFO);
        try {
            return result.issueOrThrow(strict);
        } catch (ParseException e) {
            throw CommandFailure.reported(); // each problem is one line above; never print twice
        }
    }

    /**
     * Reads every issue of a folder or a multi-message file, oldest first, printing warnings and
     * errors to {@code err}.
     *
     * @throws CommandFailure if any issue has errors (all of them printed already)
     * @throws IOException if nothing there is an issue
     */
    static List<Issue> readAll(Path archive, Map<String, String> siteVariables, PrintWriter err)
            throws IOException {
        if (!Files.exists(archive)) {
            throw new NoSuchFileException(archive.toString());
        }
        List<Diagnostic> errors = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        ArchiveResult read =
                IssueReader.builder()
                        .options(ParseOptions.builder().siteVariables(siteVariables).build())
                        .build()
                        .readAll(archive);
        print(read.skipped(), err, Severity.WARNING); // file:0:0: warning: skipped: <reason>
        read.skipped().stream().filter(d -> d.severity() == Severity.ERROR).forEach(errors::add);
        for (ParseResult result : read.results()) {
            print(result.diagnostics(), err, Severity.WARNING);
            result.diagnostics().stream()
                    .filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
                    .forEach(errors::add);
            if (!result.hasErrors()) {
                issues.add(result.issue());
            }
        }
        if (!errors.isEmpty()) {
            throw CommandFailure.reported(); // each error is one line above; never print twice
        }
        if (issues.isEmpty()) {
            throw new IOException(archive + ": no newsletter issue found");
        }
        return issues;
    }

    /**
     * Warns about issues that a feed cannot place in time (no date, no publication instant): feed
     * writers leave them out, and a person should hear of it.
     */
    static void warnUndated(List<Issue> issues, PrintWriter err) {
        for (Issue issue : issues) {
            if (issue.date() == null && issue.published() == null) {
                String where =
                        issue.source().location() == null ? "<issue>" : issue.source().location();
                err.println(where + ":0:0: warning: no date, so the feeds leave this issue out");
            }
        }
        err.flush();
    }

    private static void print(List<Diagnostic> diagnostics, PrintWriter err, Severity least) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity().compareTo(least) >= 0) {
                err.println(diagnostic);
            }
        }
        err.flush();
    }
}
