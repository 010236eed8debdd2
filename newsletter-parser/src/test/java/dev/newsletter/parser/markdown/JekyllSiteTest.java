package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import dev.newsletter.content.Figure;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small Jekyll site on disk: {@code _config.yml}, {@code _includes/} and {@code _posts/}. */
class JekyllSiteTest {

    @TempDir Path site;

    private Path post(String markdown) throws IOException {
        Files.writeString(
                site.resolve("_config.yml"),
                "title: Tide Notes\nurl: https://tide.example.org\nbaseurl: /notes\n"
                        + "github:\n  url: https://tide.example.org/notes\n");
        Files.createDirectories(site.resolve("_includes"));
        Files.writeString(
                site.resolve("_includes/signup.html"),
                "<p class=\"signup\">Join {{ site.title }}: {{ include.label }}</p>\n");
        Files.writeString(site.resolve("secret.txt"), "do not include me\n");
        Path posts = Files.createDirectories(site.resolve("_posts"));
        Path post = posts.resolve("2020-03-12-x.md");
        Files.writeString(post, markdown);
        return post;
    }

    private static ParseResult parse(Path file, ParseOptions options) throws IOException {
        return MarkdownIssueParser.create().parse(ParseInput.of(file), options);
    }

    @Test
    void theSiteConfigurationAndIncludesResolveEveryTemplate() throws IOException {
        Path post =
                post(
                        "---\ntitle: Spring tides\n---\n\n"
                                + "Welcome to {{ site.title }}.\n\n"
                                + "![Tide chart]({{ site.github.url }}/images/2020/03/chart.png)\n\n"
                                + "{% include signup.html label=\"weekly\" %}\n\n"
                                + "## Reads\n\n"
                                + "- [The moon]({{ \"/2020/moon/\" | absolute_url }}) on {{ page.title }}\n");

        ParseResult result = parse(post, ParseOptions.defaults());
        Issue issue = result.issue();

        assertThat(result.diagnostics())
                .extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("Liquid"));
        assertThat(issue.toString()).doesNotContain("{{", "{%");
        assertThat(issue.introText()).contains("Welcome to Tide Notes.");
        Figure figure =
                (Figure)
                        issue.intro().stream()
                                .filter(Figure.class::isInstance)
                                .findFirst()
                                .orElseThrow();
        assertThat(figure.image().source())
                .isEqualTo("https://tide.example.org/notes/images/2020/03/chart.png");
        assertThat(issue.toString()).contains("Join Tide Notes: weekly");
        assertThat(issue.sections().get(0).toString())
                .contains("https://tide.example.org/notes/2020/moon/", "on Spring tides");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2020, 3, 12));
    }

    @Test
    void optionsWinOverTheConfiguration() throws IOException {
        Path post = post("![Chart]({{ site.github.url }}/c.png)\n");

        ParseResult result =
                parse(
                        post,
                        ParseOptions.builder()
                                .siteVariables(Map.of("github.url", "https://cdn.example.net"))
                                .build());

        assertThat(result.issue().toString()).contains("https://cdn.example.net/c.png");
    }

    @Test
    void anIncludeOutsideIncludesIsRefused() throws IOException {
        Path post = post("Before.\n\n{% include ../secret.txt %}\n\nAfter.\n");

        ParseResult result = parse(post, ParseOptions.defaults());

        assertThat(result.issue().toString()).doesNotContain("do not include me", "{%");
        assertThat(result.diagnostics())
                .filteredOn(d -> d.severity() == Severity.WARNING)
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("not a path inside _includes/"));
        assertThat(result.diagnostics()).extracting(Diagnostic::line).contains(3);
    }

    @Test
    void aMissingIncludeIsRemovedWithAWarning() throws IOException {
        Path post = post("{% include footer.html %}\n\nText.\n");

        ParseResult result = parse(post, ParseOptions.defaults());

        assertThat(result.diagnostics())
                .filteredOn(d -> d.severity() == Severity.WARNING)
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d.message())
                                        .contains("_includes/footer.html does not exist"));
    }
}
