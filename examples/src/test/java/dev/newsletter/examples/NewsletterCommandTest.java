package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsletterCommandTest {

    @TempDir Path folder;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NewsletterCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("newsletter ").contains("Java ");
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: newsletter").contains("inspect");
        Run build = run("build", "--help");
        assertThat(build.out())
                .contains(
                        "--force",
                        ".newsletter-manifest",
                        ".SITE.newsletter/",
                        "rsync -a SITE/ DEST/")
                .contains("cp -rL SITE DEST", "the second stops with an error");
    }

    @Test
    void inspectPrintsTheIssueAsJson() throws IOException {
        Issue issue = Issue.builder().title("Hello").build();
        Path file = folder.resolve("hello.json");
        Files.writeString(file, dev.newsletter.render.JsonRenderer.create().render(issue));
        Run run = run("inspect", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Issue.parse(run.out())).isEqualTo(issue);
    }

    @Test
    void siteVariablesResolveTemplateCodeAndAnUnsetOneIsAWarning() throws IOException {
        Path file = folder.resolve("2020-03-12-tides.md");
        Files.writeString(
                file, "---\ntitle: Tides\n---\n\n![Chart]({{ site.github.url }}/c.png)\n");

        Run given =
                run(
                        "inspect",
                        "--site-var",
                        "github.url=https://tides.example.org",
                        file.toString());
        Run unset = run("inspect", file.toString());

        assertThat(given.status()).isZero();
        assertThat(given.out()).contains("https://tides.example.org/c.png").doesNotContain("{{");
        assertThat(unset.status()).isZero();
        assertThat(unset.out()).contains("\"/c.png\"");
        assertThat(unset.err())
                .contains(file + ":5:10: warning: the Liquid variable 'site.github.url'");
    }

    @Test
    void aMissingFileIsOneClearLineAndStatusOne() {
        Path missing = folder.resolve("missing.md");
        Run run = run("inspect", missing.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("newsletter: " + missing + ": no such file\n");
    }

    @Test
    void aFolderIsRefusedClearly() {
        Run run = run("inspect", folder.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("newsletter: " + folder + " is a folder; give one issue file\n");
    }

    @Test
    void brokenInputNamesFileLineAndColumn() throws IOException {
        Path file =
                Files.writeString(folder.resolve("broken.json"), "{\n  \"sections\": [\n  oops\n}");
        Run run = run("inspect", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains(file + ":3:")
                .contains("not valid JSON")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        Run run = run("inspect");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    private static final Path SAMPLES = Path.of("sample-archive");

    @Test
    void convertWritesHtmlFragmentsAndPages() {
        Run fragment = run("convert", SAMPLES.resolve("2024-01.md").toString(), "--to", "html");
        assertThat(fragment.status()).isZero();
        assertThat(fragment.out()).contains("<article").doesNotContain("<!DOCTYPE");
        Run page =
                run(
                        "convert",
                        SAMPLES.resolve("2024-01.md").toString(),
                        "--to",
                        "html",
                        "--standalone",
                        "--base-url",
                        "https://harborlab.example.org/");
        assertThat(page.out())
                .startsWithIgnoringCase("<!DOCTYPE html>")
                .contains("https://harborlab.example.org/images/2024-01/tabular.png");
    }

    @Test
    void convertToMarkdownParsesBackToTheSameIssue() throws IOException {
        Path source = SAMPLES.resolve("2024-01.md");
        Path target = folder.resolve("out/2024-01.md");
        Run run = run("convert", source.toString(), "--to", "markdown", "-o", target.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        Issue original = Issue.parse(source);
        Issue back = Issue.parse(target);
        assertThat(back.toBuilder().source(original.source()).build()).isEqualTo(original);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target); // no temporary file left behind
        }
    }

    @Test
    void aFailedConvertLeavesNoOutputBehind() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"sections\": [");
        Path target = folder.resolve("site/out.html");
        Run run = run("convert", broken.toString(), "--to", "html", "-o", target.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(target).doesNotExist();
    }

    @Test
    void feedWritesAWellFormedAtomFeedOfTheArchive() throws Exception {
        Path target = folder.resolve("atom.xml");
        Run run =
                run(
                        "feed",
                        SAMPLES.toString(),
                        "--format",
                        "atom",
                        "--base-url",
                        "https://harborlab.example.org/",
                        "-o",
                        target.toString());
        assertThat(run.status()).as(run.err()).isZero();
        var document =
                javax.xml.parsers.DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(target.toFile());
        assertThat(document.getElementsByTagName("entry").getLength()).isEqualTo(3);
        assertThat(Files.readString(target)).contains("https://harborlab.example.org/atom.xml");
    }

    @Test
    void feedNeedsABaseUrl() {
        Run run = run("feed", SAMPLES.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--base-url");
    }

    @Test
    void buildWritesPagesIndexAndFeedsAndReplacesTheOldSite() throws IOException {
        Path site = folder.resolve("site");
        String[] build = {
            "build",
            SAMPLES.toString(),
            "-o",
            site.toString(),
            "--base-url",
            "https://harborlab.example.org/notes"
        };
        assertThat(run(build).status()).isZero();
        Path previous = site.toRealPath();
        Run run = run(build);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("built " + site + ": 3 pages");
        assertThat(previous).doesNotExist(); // the old build is gone, the new one in its place
        assertThat(site.resolve("index.html"))
                .content()
                .contains("issues/2024-01.html", "Harbor Lab Notes: February 2024");
        assertThat(site.resolve("issues/2024-01.html"))
                .content()
                .contains("https://harborlab.example.org/notes/atom.xml");
        assertThat(site.resolve("atom.xml"))
                .content()
                .contains("https://harborlab.example.org/notes/issues/2024-02.html");
        assertThat(site.resolve("rss.xml")).exists();
        assertThat(site.resolve("feed.json")).content().contains("jsonfeed.org/version/1.1");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(site, folder.resolve(".site.newsletter"));
        }
        try (var files = Files.list(folder.resolve(".site.newsletter"))) {
            assertThat(files) // no staging folder left behind
                    .containsExactlyInAnyOrder(
                            site.toRealPath(), folder.resolve(".site.newsletter/lock"));
        }
    }

    @Test
    void aFailedBuildKeepsThePreviousSite() throws IOException {
        Path archive = Files.createDirectories(folder.resolve("archive"));
        Files.copy(SAMPLES.resolve("2024-01.md"), archive.resolve("2024-01.md"));
        Path site = folder.resolve("site");
        String[] build = {
            "build", archive.toString(), "-o", site.toString(), "--base-url", "https://example.org/"
        };
        assertThat(run(build).status()).isZero();
        var previous = TreeSnapshot.of(site);
        Files.writeString(archive.resolve("broken.json"), "{\"sections\": [");
        Run run = run(build);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("broken.json:").hasLineCount(1);
        assertThat(TreeSnapshot.of(site)).isEqualTo(previous);
        try (var files = Files.list(folder.resolve(".site.newsletter"))) {
            assertThat(files).hasSize(2); // the lock and the site's build: nothing half-built
        }
    }

    @Test
    void feedWarnsAboutIssuesItCannotPlaceInTime() throws IOException {
        Path archive = Files.createDirectories(folder.resolve("undated"));
        Path issue =
                Files.writeString(
                        archive.resolve("someday.md"),
                        "---\ntitle: \"No date at all\"\n---\n\nAn issue without a date.\n");
        Run run = run("feed", archive.toString(), "--base-url", "https://example.org/");
        assertThat(run.status()).isZero();
        assertThat(run.err())
                .contains(issue + ":0:0: warning: no date, so the feeds leave this issue out");
    }
}
