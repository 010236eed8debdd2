package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.ArchiveResult;
import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.feed.FeedWriter;
import dev.newsletter.render.HtmlRenderer;
import dev.newsletter.render.JsonRenderer;
import dev.newsletter.render.MarkdownRenderer;
import dev.newsletter.render.PlainTextRenderer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mirrors every Java snippet of the README, so a snippet that stops compiling or working fails the
 * build. {@link #everyReadmeSnippetIsMirroredHere()} checks that the snippets and this file agree.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_FILE =
            Path.of("src/test/java/dev/newsletter/examples/ReadmeExamplesTest.java");

    /** The README's sample path, mapped onto the bundled sample archive. */
    private static Path sample(String readmePath) {
        if (readmePath.equals("archive")) {
            return Path.of("sample-archive");
        }
        return Path.of("sample-archive", readmePath.replace("archive/2022-02.md", "2024-01.md"));
    }

    @Test
    void firstScreen() throws IOException {
        // README snippet 1
        Issue issue = Issue.parse(sample("archive/2022-02.md")); // Markdown or email, by content
        String html = HtmlRenderer.create().render(issue); // safe, semantic HTML fragment
        String json = JsonRenderer.create().render(issue); // the exchange shape tools read
        FeedWriter atom =
                FeedWriter.builder()
                        .title("Lab Notes")
                        .homepage(URI.create("https://example.org/"))
                        .build();
        String feed = atom.write(List.of(issue)); // Atom 1.0, full content
        // end
        assertThat(html).contains("<article");
        assertThat(Issue.parse(json)).isEqualTo(issue);
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    @Test
    void modelIsPlainData() throws IOException {
        Issue issue = Issue.parse(sample("archive/2022-02.md"));
        List<String> printed = new ArrayList<>();
        // README snippet 2
        for (Entry read : issue.entries(SectionKind.READING)) {
            printed.add(read.title() + " - " + read.contributor());
        }
        // end
        assertThat(printed)
                .contains(
                        "Calibration in Practice - Ines <https://harborlab.example.org/people/ines>");
    }

    @Test
    void readerWithDiagnostics() throws IOException {
        // README snippet 3
        IssueReader reader =
                IssueReader.builder()
                        .options(
                                ParseOptions.builder()
                                        .strict(false)
                                        .zone(ZoneId.of("Europe/London"))
                                        .build())
                        .build();
        ParseResult result = reader.read(sample("archive/2022-02.md"));
        result.diagnostics().forEach(System.err::println); // file:line:column: warning: ...
        Issue issue = result.issue();
        // end
        assertThat(issue.sections()).isNotEmpty();
    }

    @Test
    void readingAFolder() throws IOException {
        IssueReader reader = IssueReader.create();
        List<String> printed = new ArrayList<>();
        // README snippet 4
        ArchiveResult archive = reader.readAll(sample("archive"));
        archive.skipped().forEach(System.err::println); // archive/leak.md:0:0: warning: ...
        for (ParseResult each : archive.results()) {
            printed.add(each.issue().title());
        }
        // end
        assertThat(archive.results()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(printed).hasSameSizeAs(archive.results()).doesNotContainNull();
    }

    @Test
    void vocabulary() {
        // README snippet 5
        SectionVocabulary vocabulary =
                SectionVocabulary.defaults().toBuilder()
                        .alias("Worth your time", SectionKind.READING)
                        .topic("crate of the week", SectionKind.of("crate"))
                        .build();
        ParseOptions options =
                ParseOptions.builder()
                        .vocabulary(vocabulary)
                        .creditPhrases(List.of("notes by", "section written by"))
                        .build();
        // end
        assertThat(options.vocabulary().kindOf("Worth your time")).isEqualTo(SectionKind.READING);
        assertThat(options.vocabulary().topicOf("Crate of the Week"))
                .isEqualTo(SectionKind.of("crate"));
        Issue credited =
                IssueReader.builder()
                        .options(options)
                        .build()
                        .read(
                                ParseInput.of(
                                        "notes.md",
                                        "## Crate of the Week\n\nNotes by Ana.\n\n"
                                                + "- [tidegauge](https://example.org/t)\n"
                                                + "- [kelp](https://example.org/k)\n"))
                        .issue();
        assertThat(credited.sections().get(0).kind()).isEqualTo(SectionKind.of("crate"));
        assertThat(credited.entries())
                .allSatisfy(e -> assertThat(e.contributor().name()).isEqualTo("Ana"));
    }

    @Test
    void builtInCode() {
        // README snippet 6
        Issue built =
                Issue.builder()
                        .title("Lab Notes, March 2024")
                        .date(LocalDate.of(2024, 3, 1), DatePrecision.MONTH)
                        .addSection(
                                Section.builder(SectionKind.READING)
                                        .heading("Recommended reading")
                                        .addEntry(
                                                Entry.builder()
                                                        .title("Attention Is All You Need")
                                                        .link(
                                                                URI.create(
                                                                        "https://arxiv.org/abs/1706.03762"))
                                                        .contributor(Person.of("Ines"))
                                                        .build())
                                        .build())
                        .build();
        // end
        assertThat(built.contributors()).containsExactly(Person.of("Ines"));
    }

    @Test
    void rendering() throws IOException {
        Issue built = Issue.parse(sample("archive/2022-02.md"));
        // README snippet 7
        HtmlRenderer page =
                HtmlRenderer.builder()
                        .standalone(true) // a whole HTML5 page, not a fragment
                        .baseUri(URI.create("https://example.org/notes/")) // relative links and
                        // images resolve here
                        .atomFeed(URI.create("https://example.org/notes/atom.xml"))
                        .build();
        String html = page.render(built);
        String markdown =
                MarkdownRenderer.create().render(built); // front matter + body; parses back equal
        String text = PlainTextRenderer.builder().width(72).build().render(built);
        // end
        assertThat(html).startsWith("<!DOCTYPE html>").contains("application/atom+xml");
        assertThat(Issue.parse(markdown).sections()).isEqualTo(built.sections());
        assertThat(text).contains("\n=====").endsWith("\n");
    }

    /**
     * Each ```java block of the README, with whitespace and comments ignored, must equal the code
     * between a "README snippet N" marker and "end" here (printing may go to a list here).
     */
    @Test
    void everyReadmeSnippetIsMirroredHere() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> snippets = new ArrayList<>();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            snippets.add(normalize(block.group(1)));
        }
        String source = Files.readString(THIS_FILE, StandardCharsets.UTF_8);
        List<String> mirrors = new ArrayList<>();
        Matcher mirror =
                Pattern.compile("// README snippet \\d+\\n(.*?)// end", Pattern.DOTALL)
                        .matcher(source);
        while (mirror.find()) {
            mirrors.add(normalize(mirror.group(1)));
        }
        assertThat(mirrors).hasSameSizeAs(snippets);
        for (int i = 0; i < snippets.size(); i++) {
            assertThat(mirrors.get(i)).as("README snippet %d", i + 1).isEqualTo(snippets.get(i));
        }
    }

    /** Drops comments and whitespace, and maps the test's list printing onto System.out. */
    private static String normalize(String code) {
        return code.replaceAll("(?m)(^|\\s)//[^\\n]*", "")
                .replace("printed.add(", "System.out.println(")
                .replace("sample(", "Path.of(")
                .replaceAll("\\s+", "");
    }
}
