package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Diagnostic;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseResult;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedGranularity;
import dev.newsletter.feed.FeedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No template code reaches a reader: every issue of the shared corpus ({@code ../shared/corpus}
 * beside the repository), rendered as a page and as feed entries, holds no Liquid ({@code {{},
 * {@code {%}) and no Hugo shortcode ({@code {{<}). The corpus has no {@code _config.yml}, so its
 * {@code {{ site.github.url }}} image prefixes become site-relative addresses, each with a
 * warning. Skips without the corpus.
 */
class TemplateFreeCorpusTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final URI HOME = URI.create("https://news.example.org/");

    @Test
    void noTemplateCodeInAnyPageOrFeedEntry() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS.toAbsolutePath());
        IssueReader reader = IssueReader.create();
        HtmlRenderer page = HtmlRenderer.builder().standalone(true).baseUri(HOME).build();
        List<Issue> issues = new ArrayList<>();
        int unresolved = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files =
                    walk.filter(Files::isRegularFile)
                            .filter(path -> !path.getFileName().toString().equals("README.md"))
                            .sorted()
                            .toList();
        }
        for (Path file : files) {
            ParseResult result;
            try {
                result = reader.read(file);
            } catch (IOException | RuntimeException e) {
                continue; // not an issue for any installed parser; other tests cover reading
            }
            for (Diagnostic diagnostic : result.diagnostics()) {
                if (diagnostic.message().contains("Liquid variable")) {
                    unresolved++;
                }
            }
            Issue issue = result.issue();
            issues.add(issue);
            assertThat(page.render(issue)).as("page of %s", file).doesNotContain("{{", "{%", "{{<");
        }
        for (FeedFormat format : FeedFormat.values()) {
            for (FeedGranularity granularity : FeedGranularity.values()) {
                String feed =
                        FeedWriter.builder()
                                .format(format)
                                .granularity(granularity)
                                .title("Corpus")
                                .homepage(HOME)
                                .limit(issues.size())
                                .build()
                                .write(issues);
                assertThat(feed)
                        .as("%s %s feed", format, granularity)
                        .doesNotContain("{{", "{%", "{{<");
            }
        }
        System.out.println(
                "template-free corpus: "
                        + issues.size()
                        + " issues, "
                        + unresolved
                        + " unresolved Liquid variables reported");
        assertThat(unresolved)
                .as("one warning per unset site.github.url")
                .isGreaterThanOrEqualTo(354);
    }
}
