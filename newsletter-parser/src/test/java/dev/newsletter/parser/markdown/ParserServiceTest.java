package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseException;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.SectionKind;
import dev.newsletter.SourceFormat;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser as a service: found by {@code Issue.parse}, recognises its input, shareable. */
class ParserServiceTest {

    private static final MarkdownIssueParser PARSER = MarkdownIssueParser.create();

    @Test
    void issueParseFindsTheMarkdownParser() {
        Issue issue =
                Issue.parse(
                        "---\ntitle: Found\n---\n\n## Recommended reading\n\n"
                                + "- [A read](https://example.com/a)\n");

        assertThat(issue.title()).isEqualTo("Found");
        assertThat(issue.source().format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(issue.entries(SectionKind.READING)).hasSize(1);
        assertThat(IssueReader.create().parsers()).extracting(p -> p.name()).contains("markdown");
    }

    @Test
    void confidenceIsHighForFrontMatterWhateverTheExtension() {
        assertThat(PARSER.confidence(ParseInput.of("issue.txt", "---\ndate: 2021-01-01\n---\n")))
                .isGreaterThanOrEqualTo(90);
        assertThat(PARSER.confidence(ParseInput.of("issue.md", "+++\ntitle = \"x\"\n+++\n")))
                .isGreaterThanOrEqualTo(90);
        assertThat(
                        PARSER.confidence(
                                ParseInput.of(
                                        "a.markdown",
                                        "Title: X\nDate: 2020-01-01\n\n" + "# Heading\n")))
                .isGreaterThanOrEqualTo(75);
    }

    @Test
    void confidenceIsLowForMailAndPlainText() {
        int mail =
                PARSER.confidence(
                        ParseInput.of(
                                "digest.md",
                                "From bitcoin-dev Mon Jan  1 00:00:00 2024\nSubject: digest\n\nText.\n"));
        int plain = PARSER.confidence(ParseInput.of("note.txt", "Just some words.\nAnd more.\n"));
        int markdown =
                PARSER.confidence(
                        ParseInput.of("note.txt", "## News\n\n[a](https://x)\n\n## More\n"));

        assertThat(mail).isLessThan(20);
        assertThat(plain).isLessThan(markdown);
    }

    @Test
    void strictModeTurnsAWarningIntoAParseExceptionNamingFileLineAndColumn(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("2021-07.md");
        Files.writeString(
                file, "---\ndate: 2021-07-26\n---\n\nWelcome to the June letter!\n\n## News\n");

        assertThat(Issue.parse(file).edition()).isEqualTo("July 2021");
        assertThatThrownBy(() -> Issue.parse(file, ParseOptions.builder().strict(true).build()))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith(file + ":5:1: the intro names June");
    }

    @Test
    void relativeEntryLinksResolveAgainstTheBaseUri() {
        ParseResult result =
                PARSER.parse(
                        ParseInput.of("b.md", "## Reads\n\n- [Ours](/posts/ours.html)\n"),
                        ParseOptions.builder()
                                .baseUri(URI.create("https://blog.example.com/"))
                                .build());

        assertThat(result.issue().sections().get(0).entries().get(0).link())
                .isEqualTo(URI.create("https://blog.example.com/posts/ours.html"));
    }

    @Test
    void anInputOverTheLimitIsAnErrorNotARead() {
        ParseResult result =
                PARSER.parse(
                        ParseInput.of("big.md", "# x\n".repeat(100)),
                        ParseOptions.builder().maxInputBytes(10).build());

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.issue().intro()).isEmpty();
    }

    @Test
    void oneParserServesManyThreadsWithEqualResults() throws Exception {
        String text = Fixtures.text("monthly-yaml.md");
        Issue expected = PARSER.parse(ParseInput.of("m.md", text), ParseOptions.defaults()).issue();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Issue>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(
                        pool.submit(
                                () ->
                                        PARSER.parse(
                                                        ParseInput.of("m.md", text),
                                                        ParseOptions.defaults())
                                                .issue()));
            }
            for (Future<Issue> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
