package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Markdown issue of the shared corpus parses leniently, with every word kept. */
class CorpusMarkdownTest {

    private static final MarkdownIssueParser PARSER = MarkdownIssueParser.create();

    static Stream<Path> corpusFiles() {
        return CorpusFiles.markdownFiles().stream();
    }

    @Test
    void theCorpusHasItsMarkdownArchives() {
        CorpusFiles.assumePresent();
        assertThat(CorpusFiles.markdownFiles()).hasSizeGreaterThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void parsesWithEveryWordKept(Path file) throws IOException {
        ParseResult result = PARSER.parse(ParseInput.of(file), ParseOptions.defaults());
        Issue issue = result.issue();
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        WordInventory sourceWords = WordInventory.ofSource(source);
        Map<String, Integer> missing = sourceWords.missingFrom(WordInventory.ofIssue(issue));
        dumpIfAsked(file, result, sourceWords.total(), missing);

        assertThat(missing)
                .as("words of %s missing from the model:%n%s", file, StructureDump.of(issue))
                .isEmpty();
        if (source.contains("\n## ") || source.contains("\n# ")) {
            assertThat(issue.sections()).as("sections of %s", file).isNotEmpty();
        }
        assertThat(result.hasErrors()).as("errors: %s", result.diagnostics()).isFalse();
    }

    /** With {@code -Dcorpus.dump=DIR}, writes each outline and its diagnostics for reading. */
    private static void dumpIfAsked(
            Path file, ParseResult result, int words, Map<String, Integer> missing)
            throws IOException {
        String dir = System.getProperty("corpus.dump");
        if (dir == null) {
            return;
        }
        Path out =
                Path.of(dir)
                        .resolve(
                                CorpusFiles.ROOT.relativize(file).toString().replace('/', '_')
                                        + ".txt");
        Files.createDirectories(out.getParent());
        int lost = missing.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder(StructureDump.of(result.issue()));
        text.append("words: ").append(words).append(" lost: ").append(lost).append('\n');
        List.copyOf(result.diagnostics()).forEach(d -> text.append(d).append('\n'));
        Files.write(out, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
