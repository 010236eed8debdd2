package dev.newsletter.consumer;

import dev.newsletter.Issue;
import dev.newsletter.IssueParser;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseResult;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedGranularity;
import dev.newsletter.feed.FeedWriter;
import dev.newsletter.render.HtmlRenderer;
import dev.newsletter.render.IssueRenderer;
import dev.newsletter.render.JsonRenderer;
import dev.newsletter.render.MarkdownRenderer;
import dev.newsletter.render.PlainTextRenderer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads every file given, renders each issue in every format and writes every feed of all of them,
 * printing one line per step. Any failure ends the program with its stack trace and status 1, so
 * that a class the library cannot load on the module path shows in the test's output.
 */
public final class ModularConsumer {

    private ModularConsumer() {}

    /** Reads the files named by {@code args}. */
    public static void main(String[] args) throws IOException {
        System.out.println("module " + ModularConsumer.class.getModule().getName());
        IssueReader reader = IssueReader.create();
        for (IssueParser parser : reader.parsers()) {
            System.out.println(
                    "parser " + parser.name() + " in " + parser.getClass().getModule().getName());
        }
        List<IssueRenderer> renderers =
                List.of(
                        HtmlRenderer.create(),
                        MarkdownRenderer.create(),
                        PlainTextRenderer.create(),
                        JsonRenderer.create());
        List<Issue> issues = new ArrayList<>();
        for (String arg : args) {
            Path file = Path.of(arg);
            for (ParseResult result : reader.readAll(file).results()) {
                Issue issue = result.issueOrThrow(false);
                int characters = 0;
                for (IssueRenderer renderer : renderers) {
                    characters += renderer.render(issue).length();
                }
                System.out.println(
                        "read "
                                + file.getFileName()
                                + " as "
                                + issue.source().format().name().toLowerCase(Locale.ROOT)
                                + ": "
                                + issue.entries().size()
                                + " entries, "
                                + characters
                                + " characters rendered");
                issues.add(issue);
            }
        }
        for (FeedFormat format : FeedFormat.values()) {
            for (FeedGranularity granularity : FeedGranularity.values()) {
                String feed =
                        FeedWriter.builder()
                                .format(format)
                                .granularity(granularity)
                                .title("Modular Notes")
                                .homepage(URI.create("https://notes.example.org/"))
                                .build()
                                .write(issues);
                System.out.println(
                        "feed " + format + " per " + granularity + ": " + feed.length() + " chars");
            }
        }
    }
}
