package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every issue of the shared corpus ({@code ../shared/corpus} beside the repository), renders
 * it as Markdown, JSON and plain text and reads each back: Markdown and JSON must give the same
 * issue, plain text the same up to what text cannot carry. Skips when the corpus is absent. Issues
 * whose Markdown reading is a known gap are listed in {@link #MARKDOWN_GAPS} with the reason; their
 * other round trips are still checked.
 */
class CorpusRoundTripTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

    /** Stands for the corpus when it is absent, so the parameterized tests have an argument. */
    private static final String ABSENT = "(corpus absent)";

    /**
     * Corpus files whose Markdown round trip is a known gap, by the reason, so that a new failure
     * is not hidden among them. Each is a limit of the Markdown reading, not of one file.
     */
    private static final Map<String, String> MARKDOWN_GAPS =
            Map.ofEntries(
                    gap(
                            "fastforward/email-html/2021-02.html",
                            "an emphasised paragraph after a figure reads back as its caption"),
                    gap(
                            "fastforward/email-html/2021-08.html",
                            "an emphasised paragraph after a figure reads back as its caption"),
                    gap(
                            "gitrevnews/markdown/2020-07-30-edition-65.markdown",
                            "an entry body opening with \"by Name.\" reads back as a byline"),
                    gap(
                            "gitrevnews/markdown/2023-09-30-edition-103.markdown",
                            "an entry body opening with \"by Name.\" reads back as a byline"),
                    gap(
                            "bitcoin-dev-digest/mailman-digest-text/bitcoin-dev_Digest_Vol_101_Issue_11.md",
                            "an item whose body holds sub-headings or a list of links reads back as a subsection:"
                                    + " Markdown cannot tell them apart"),
                    gap(
                            "bitcoin-dev-digest/mailman-digest-text/bitcoin-dev_Digest_Vol_105_Issue_1.md",
                            "an item whose body holds sub-headings or a list of links reads back as a subsection:"
                                    + " Markdown cannot tell them apart"),
                    gap(
                            "fastforward/email-html/2020-08.html",
                            "an item whose body holds sub-headings or a list of links reads back as a subsection:"
                                    + " Markdown cannot tell them apart"),
                    gap(
                            "fastforward/markdown-hugo/2021-02.md",
                            "an item whose body holds sub-headings or a list of links reads back as a subsection:"
                                    + " Markdown cannot tell them apart"),
                    gap(
                            "fastforward/markdown-hugo/2021-10.md",
                            "an item whose body holds sub-headings or a list of links reads back as a subsection:"
                                    + " Markdown cannot tell them apart"),
                    gap(
                            "gitrevnews/markdown/2016-03-16-edition-13.markdown",
                            "the structure engine reads this issue's lead or credit lines differently once written"
                                    + " back (open in issue 11)"),
                    gap(
                            "rust-osdev/markdown-zola-toml/2020-04.md",
                            "the structure engine reads this issue's lead or credit lines differently once written"
                                    + " back (open in issue 11)"),
                    gap(
                            "rust-osdev/markdown-zola-toml/2023-06.md",
                            "the structure engine reads this issue's lead or credit lines differently once written"
                                    + " back (open in issue 11)"),
                    gap(
                            "rust-osdev/markdown-zola-toml/2024-06.md",
                            "the structure engine reads this issue's lead or credit lines differently once written"
                                    + " back (open in issue 11)"),
                    gap(
                            "rust-osdev/markdown-zola-toml/2026-06.md",
                            "the structure engine reads this issue's lead or credit lines differently once written"
                                    + " back (open in issue 11)"),
                    gap(
                            "twir/markdown-pelican/2019-06-18-this-week-in-rust.md",
                            "the structure engine reads this issue's lead or credit lines differently once written"
                                    + " back (open in issue 11)"));

    /** Corpus files whose plain-text round trip is a known gap, by the reason. */
    private static final Map<String, String> TEXT_GAPS =
            Map.ofEntries(
                    gap(
                            "fastforward/markdown-hugo/2021-02.md",
                            "an item's sub-heading over a list of links reads back from text as a"
                                    + " subsection"),
                    gap(
                            "twir/markdown-pelican/2021-06-23-this-week-in-rust.md",
                            "the email reader does not yet read every item of a subsection"
                                    + " written as text (open in issue 11)"),
                    gap(
                            "twir/markdown-pelican/2023-06-21-this-week-in-rust.md",
                            "the email reader does not yet read every item of a subsection"
                                    + " written as text (open in issue 11)"),
                    gap(
                            "twir/markdown-pelican/2026-08-19-this-week-in-rust.md",
                            "the email reader does not yet read every item of a subsection"
                                    + " written as text (open in issue 11)"));

    private static Map.Entry<String, String> gap(String file, String reason) {
        return Map.entry(file, reason);
    }

    static List<Arguments> files() {
        List<Arguments> files = new ArrayList<>();
        if (Files.isDirectory(CORPUS)) {
            try (Stream<Path> walk = Files.walk(CORPUS)) {
                walk.filter(Files::isRegularFile)
                        .filter(path -> !path.getFileName().toString().equals("README.md"))
                        .map(path -> CORPUS.relativize(path).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(file -> files.add(Arguments.of(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty()) {
            files.add(Arguments.of(ABSENT));
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void markdownReadsBackEqual(String file) {
        Issue issue = parse(file);
        assumeTrue(
                !MARKDOWN_GAPS.containsKey(file),
                () -> "known Markdown gap: " + MARKDOWN_GAPS.get(file));
        String markdown = MarkdownRenderer.create().render(issue);

        Issue back = InstalledParsers.readBack("issue.md", markdown);

        Issue expected =
                ParserRoundTripTest.withTopLevelOf(ParserRoundTripTest.asParsed(issue), back);
        assertThat(back)
                .as(file)
                .usingRecursiveComparison()
                .withEqualsForType(Metadata::equals, Metadata.class)
                .isEqualTo(expected);
        assertThat(back).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void jsonReadsBackEqual(String file) {
        Issue issue = parse(file);
        String json = JsonRenderer.create().render(issue);

        Issue back = InstalledParsers.readBack("issue.json", json, issue.publication());

        assertThat(back).as(file).isEqualTo(issue.toBuilder().source(Source.unknown()).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void plainTextReadsBackEqualUpToWhatTextCannotCarry(String file) {
        Issue issue = parse(file);
        assumeTrue(
                !TEXT_GAPS.containsKey(file), () -> "known plain-text gap: " + TEXT_GAPS.get(file));
        String text = PlainTextRenderer.create().render(issue);

        Issue back = InstalledParsers.readBack("issue.txt", text, issue.publication());

        assertThat(ParserRoundTripTest.TextView.of(back))
                .as(file)
                .isEqualTo(ParserRoundTripTest.TextView.of(issue));
    }

    /** The corpus issue, after skipping when the corpus or a parser for it is absent. */
    private static Issue parse(String file) {
        Path path = CORPUS.resolve(file);
        assumeTrue(
                !file.equals(ABSENT) && Files.isRegularFile(path),
                "corpus not present at " + CORPUS.toAbsolutePath());
        try {
            InstalledParsers.assumeParserFor(
                    path.getFileName().toString(),
                    Files.readString(path, java.nio.charset.StandardCharsets.ISO_8859_1));
            return Issue.parse(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
