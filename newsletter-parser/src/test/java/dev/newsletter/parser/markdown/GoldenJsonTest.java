package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.parser.GoldenOutline;
import dev.newsletter.parser.MarkdownIssueParser;
import dev.newsletter.render.JsonRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each issue's JSON equals its golden file, read and checked by hand against the source: the
 * fixtures of this module in full, and the two Markdown seeds and one corpus issue of each Markdown
 * archive as a {@link GoldenOutline} (their text is not ours to copy). Run with {@code
 * -Dgolden.update=true} to rewrite the golden files after a deliberate change, then read the diff.
 */
class GoldenJsonTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "markdown", "golden");

    /** Corpus issues, one per archive, by path under the corpus. */
    private static final List<String> CORPUS =
            List.of(
                    "seeds/000_48259c53c273ff4d.txt",
                    "seeds/001_ad832628fcb30dbf.txt",
                    "fastforward/markdown-hugo/2022-02.md",
                    "fastforward/markdown-jekyll/2018-10-03-client.md",
                    "gitrevnews/markdown/2021-06-27-edition-76.markdown",
                    "twir/markdown-pelican/2013-06-15-this-week-in-rust.markdown",
                    "this-week-in-react/mdx/110.mdx",
                    "rust-osdev/markdown-zola-toml/2021-06.md");

    static Stream<String> fixtures() {
        return Fixtures.ISSUES.stream();
    }

    static Stream<String> corpus() {
        return CORPUS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureMatchesItsGoldenJson(String name) throws IOException {
        Issue issue = Fixtures.parse(name).issue();

        assertGolden(issue, GOLDEN.resolve(name + ".json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusIssueMatchesItsGoldenJson(String path) throws IOException {
        CorpusFiles.assumePresent();
        Path file = CorpusFiles.ROOT.resolve(path);
        Assumptions.assumeTrue(Files.isRegularFile(file), "absent from the corpus: " + path);
        // Named by its path under the corpus, so the JSON does not depend on where it lies.
        ParseInput input = ParseInput.of(path, Files.readAllBytes(file));
        Issue issue = MarkdownIssueParser.create().parse(input, ParseOptions.defaults()).issue();

        assertGolden(
                GoldenOutline.of(issue),
                GOLDEN.resolve("corpus").resolve(path.replace('/', '_') + ".outline.json"));
    }

    private static void assertGolden(Issue issue, Path golden) throws IOException {
        assertGolden(JsonRenderer.create().render(issue) + "\n", golden);
    }

    private static void assertGolden(String json, Path golden) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
