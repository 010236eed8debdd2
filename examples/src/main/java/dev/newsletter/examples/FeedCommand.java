package dev.newsletter.examples;

import dev.newsletter.Issue;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedGranularity;
import dev.newsletter.feed.FeedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsletter feed DIR --format FORMAT --base-url URL}: a feed of an archive. */
@Command(
        name = "feed",
        mixinStandardHelpOptions = true,
        description = {
            "Write an Atom, RSS or JSON feed of every issue in a folder or an mbox.",
            "Items carry full content, newest first. Output goes to standard output, or",
            "atomically to the file given with -o (a device or a named pipe is written",
            "directly). A write that fails, such as to a full disk, is an error: status 1."
        })
final class FeedCommand implements Callable<Integer> {

    /** The feed formats, as users type them. */
    enum Format {
        atom(FeedFormat.ATOM),
        rss(FeedFormat.RSS),
        json(FeedFormat.JSON_FEED);

        final FeedFormat format;

        Format(FeedFormat format) {
            this.format = format;
        }
    }

    /** What one feed item stands for. */
    enum Per {
        issue(FeedGranularity.ISSUE),
        entry(FeedGranularity.ENTRY);

        final FeedGranularity granularity;

        Per(FeedGranularity granularity) {
            this.granularity = granularity;
        }
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "The archive: a folder or an mbox.")
    Path archive;

    @Option(
            names = "--format",
            defaultValue = "atom",
            paramLabel = "FORMAT",
            description = "atom, rss or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--base-url",
            required = true,
            paramLabel = "URL",
            converter = OptionValues.WebAddress.class,
            description = "The site's home page; relative links and ids are made from it.")
    URI baseUrl;

    @Option(
            names = "--per",
            defaultValue = "issue",
            paramLabel = "ITEM",
            description = "issue (default) or entry: one item per issue, or per entry.")
    Per per;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "At most N items, the newest (default: all).")
    Integer limit;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "The feed's title (default: the newest issue's publication).")
    String title;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write here instead of standard output.")
    Path output;

    @CommandLine.Mixin SiteVariableOption siteVariables = new SiteVariableOption();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit != null && limit < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--limit must be 0 or more, was " + limit);
        }
        if (title != null && title.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--title must not be blank");
        }
        List<Issue> issues =
                IssueInputs.readAll(
                        archive, siteVariables.variables(), spec.commandLine().getErr());
        IssueInputs.warnUndated(issues, spec.commandLine().getErr());
        FeedWriter.Builder feed =
                FeedWriter.builder()
                        .format(format.format)
                        .title(title != null ? title : defaultTitle(issues, baseUrl))
                        .homepage(baseUrl)
                        .granularity(per.granularity);
        if (limit != null) {
            feed.limit(limit);
        }
        if (output != null) {
            feed.selfUri(baseUrl.resolve(output.getFileName().toString()));
        }
        FeedWriter writer = feed.build();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            writer.write(issues, out);
            out.println();
            out.flush();
        } else {
            AtomicOutput.write(output, target -> writer.write(issues, target));
        }
        return 0;
    }

    /** The newest issue's publication name, else the site's host. */
    static String defaultTitle(List<Issue> issues, URI baseUrl) {
        return issues.stream()
                .filter(issue -> issue.date() != null && issue.publication().name() != null)
                .max(Comparator.comparing(Issue::date))
                .map(issue -> issue.publication().name())
                .orElse(baseUrl.getHost() == null ? "Newsletter" : baseUrl.getHost());
    }
}
