package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.IssueParser;
import dev.newsletter.ParseInput;
import dev.newsletter.parser.EmailIssueParser;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Between the two parsers of this module, each corpus file goes to the right one by content:
 * Markdown in {@code .txt} files to the Markdown parser, plain-text digests in {@code .md} files to
 * the email parser.
 */
class FormatChoiceTest {

    private static final IssueParser MARKDOWN = MarkdownIssueParser.create();
    private static final IssueParser EMAIL = new EmailIssueParser();

    static Stream<Path> markdownFiles() {
        return CorpusFiles.markdownFiles().stream();
    }

    static Stream<Path> otherFiles() {
        List<Path> markdown = CorpusFiles.markdownFiles();
        try (Stream<Path> files = Files.walk(CorpusFiles.ROOT)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(file -> !markdown.contains(file))
                    .filter(file -> !file.getFileName().toString().equals("README.md"))
                    .filter(file -> !file.getParent().getFileName().toString().startsWith("feed"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void markdownGoesToTheMarkdownParser(Path file) throws IOException {
        ParseInput input = ParseInput.of(file);

        assertThat(MARKDOWN.confidence(input)).isGreaterThan(EMAIL.confidence(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherFiles")
    void mailGoesToTheEmailParser(Path file) throws IOException {
        ParseInput input = ParseInput.of(file);

        assertThat(EMAIL.confidence(input)).isGreaterThan(MARKDOWN.confidence(input));
    }
}
