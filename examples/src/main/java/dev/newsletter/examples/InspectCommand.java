package dev.newsletter.examples;

import dev.newsletter.Diagnostic;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.render.JsonRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsletter inspect FILE}: the issue as JSON on standard output. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Parse one issue and print it as JSON on standard output.",
            "The format is recognised by content: Markdown with front matter, a plain-text or HTML",
            "email, a raw message (.eml) or this tool's JSON. Diagnostics go to standard error."
        })
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The issue to read.")
    Path file;

    @Option(names = "--strict", description = "Fail on warnings, not only on errors.")
    boolean strict;

    @Option(names = "--compact", description = "Print the JSON on one line.")
    boolean compact;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; inspect reads one file");
        }
        ParseOptions options = ParseOptions.builder().strict(strict).build();
        ParseResult result = IssueReader.builder().options(options).build().read(file);
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic);
        }
        err.flush();
        var issue = result.issueOrThrow(strict);
        PrintWriter out = spec.commandLine().getOut();
        JsonRenderer.builder().pretty(!compact).build().render(issue, out);
        if (compact) {
            out.println();
        }
        out.flush();
        return 0;
    }
}
