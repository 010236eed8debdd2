package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses the seeds and a spread of real corpus issues, renders each in every format and compares
 * with golden files under {@code src/test/resources/{html,markdown,text}/corpus/} (a fingerprint
 * and the skeleton of each rendering: the publishers' text is not copied into this project); then
 * parses the Markdown rendering back and expects the same issue, and the plain text back and
 * expects the same structure. Skips when the corpus ({@code ../shared/corpus} beside the
 * repository) or the parsers are absent. Write missing golden files with {@code
 * -Dgolden.update=true}, then read them.
 */
class CorpusGoldenTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** The seeds, both shapes of two Fast Forward issues, and one issue of each other publisher. */
    private static final List<String> FILES =
            List.of(
                    "seeds/000_48259c53c273ff4d.txt",
                    "seeds/001_ad832628fcb30dbf.txt",
                    "seeds/002_85ff2cd2fd1c7b3d.txt",
                    "seeds/003_fbdf629d90b9add3.txt",
                    "fastforward/markdown-hugo/2022-02.md",
                    "fastforward/markdown-hugo/2022-11.md",
                    "fastforward/email-html/2022-02.html",
                    "gitrevnews/markdown/2021-06-27-edition-76.markdown",
                    "twir/markdown-pelican/2013-06-15-this-week-in-rust.markdown",
                    "rust-osdev/markdown-zola-toml/2021-06.md",
                    "this-week-in-react/mdx/150.mdx");

    static List<Arguments> files() {
        List<Arguments> files = new ArrayList<>();
        for (String file : FILES) {
            files.add(Arguments.of(file));
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void rendersAsTheGoldenFilesAndReadsBackFromMarkdown(String file) throws IOException {
        Path path = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(path), "corpus not present at " + CORPUS.toAbsolutePath());
        String content = Files.readString(path, StandardCharsets.ISO_8859_1);
        InstalledParsers.assumeParserFor(path.getFileName().toString(), content);

        Issue issue = Issue.parse(path).toBuilder().source(Source.unknown()).build();
        String name = file.replaceFirst("\\.[^./]+$", "").replace('/', '-');
        // A fragment: the page around it (head, stylesheet) is the renderer's own golden concern,
        // and repeating it in every corpus golden only adds noise.
        HtmlRenderer fragment =
                HtmlRenderer.builder()
                        .baseUri(URI.create("https://blog.fastforwardlabs.com/"))
                        .build();
        compare("html/corpus/" + name + ".html", fragment.render(issue));
        String markdown = MarkdownRenderer.create().render(issue);
        compare("markdown/corpus/" + name + ".md", markdown);
        compare("text/corpus/" + name + ".txt", PlainTextRenderer.create().render(issue));

        Issue back = InstalledParsers.readBack(name + ".md", markdown);
        Issue expected = ParserRoundTripTest.withTopLevelOf(issue, back);
        assertThat(back)
                .usingRecursiveComparison()
                .withEqualsForType(Metadata::equals, Metadata.class)
                .isEqualTo(expected);
        assertThat(back).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void plainTextReadsBackEqualUpToWhatTextCannotCarry(String file) throws IOException {
        Path path = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(path), "corpus not present at " + CORPUS.toAbsolutePath());
        String content = Files.readString(path, StandardCharsets.ISO_8859_1);
        InstalledParsers.assumeParserFor(path.getFileName().toString(), content);
        Issue issue = Issue.parse(path);
        String text = PlainTextRenderer.create().render(issue);
        Issue back = InstalledParsers.readBack("issue.txt", text, issue.publication());

        assertThat(ParserRoundTripTest.TextView.of(back))
                .isEqualTo(ParserRoundTripTest.TextView.of(issue));
    }

    /**
     * Compares {@code actual} with its golden file, which holds a SHA-256 fingerprint of the whole
     * rendering and its skeleton: every line with its words and numbers replaced by {@code x}, so a
     * reader checks the markup, the shape and the escaping while the publishers' text stays out of
     * this project.
     */
    private static void compare(String golden, String actual) throws IOException {
        String expected = "sha256 " + sha256(actual) + "\n" + skeleton(actual);
        Path file = RESOURCES.resolve(golden);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file %s: write it with -Dgolden.update=true and read it", file)
                .exists();
        String stored = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(skeleton(actual)).isEqualTo(stored.substring(stored.indexOf('\n') + 1));
        assertThat(expected).isEqualTo(stored);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*|\\p{N}+");
    private static final Pattern WORDS = Pattern.compile("x(?:[ ,.;:'’-]+x)+");

    static String skeleton(String text) {
        String words = WORD.matcher(text).replaceAll("x");
        return WORDS.matcher(words).replaceAll("x\u2026");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java has SHA-256", e);
        }
    }
}
