package dev.newsletter.examples;

import dev.newsletter.Issue;
import dev.newsletter.render.JsonRenderer;
import java.io.IOException;
import java.io.PrintWriter;
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

    @CommandLine.Mixin SiteVariableOption siteVariables = new SiteVariableOption();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Issue issue =
                IssueInputs.readOne(
                        file, strict, siteVariables.variables(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        JsonRenderer.builder().pretty(!compact).build().render(issue, out);
        if (compact) {
            out.println();
        }
        out.flush();
        return 0;
    }
}
