package dev.newsletter.examples;

import dev.newsletter.Issue;
import dev.newsletter.render.HtmlRenderer;
import dev.newsletter.render.IssueRenderer;
import dev.newsletter.render.JsonRenderer;
import dev.newsletter.render.MarkdownRenderer;
import dev.newsletter.render.PlainTextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsletter convert FILE --to FORMAT}: one issue in another format. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Parse one issue and write it as HTML, Markdown, plain text or JSON.",
            "Output goes to standard output, or atomically to the file given with -o (a device",
            "or a named pipe is written directly). A write that fails, such as to a full",
            "disk, is an error: status 1."
        })
final class ConvertCommand implements Callable<Integer> {

    /** The output formats. */
    enum Target {
        html,
        markdown,
        text,
        json
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "The issue to read.")
    Path file;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            description = "html, markdown, text or json.")
    Target target;

    @Option(
            names = "--standalone",
            description = "HTML only: a whole page with its stylesheet, not a fragment.")
    boolean standalone;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "HTML only: resolve relative links and images against this URL.")
    URI baseUrl;

    @Option(
            names = "--width",
            paramLabel = "COLUMNS",
            defaultValue = "72",
            description = "Text only: wrap at this width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--strict", description = "Fail on warnings, not only on errors.")
    boolean strict;

    @CommandLine.Mixin SiteVariableOption siteVariables = new SiteVariableOption();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (target == Target.text && width < PlainTextRenderer.MIN_WIDTH) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--width must be at least " + PlainTextRenderer.MIN_WIDTH + ", was " + width);
        }
        Issue issue =
                IssueInputs.readOne(
                        file, strict, siteVariables.variables(), spec.commandLine().getErr());
        IssueRenderer renderer = renderer();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            renderer.render(issue, out);
            out.flush();
        } else {
            AtomicOutput.write(output, writer -> renderer.render(issue, writer));
        }
        return 0;
    }

    private IssueRenderer renderer() {
        return switch (target) {
            case html -> {
                HtmlRenderer.Builder html = HtmlRenderer.builder().standalone(standalone);
                if (baseUrl != null) {
                    html.baseUri(baseUrl);
                }
                yield html.build();
            }
            case markdown -> MarkdownRenderer.create();
            case text -> PlainTextRenderer.builder().width(width).build();
            case json -> JsonRenderer.create();
        };
    }
}
