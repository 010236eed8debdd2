package dev.newsletter.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.IssueReader;
import dev.newsletter.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the parser against the hand-written structure of corpus issues ({@link Expectations})
 * and prints the table per publisher. The floors below are what the parser reached when they were
 * last raised: a change that reads fewer entries, sections, kinds, addresses or contributors right
 * fails here. Raise them when the parser improves. Skips without the shared corpus.
 */
class StructureScoreTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final IssueReader READER = IssueReader.create();

    // The shares reached, in percent, rounded down; see the table the test prints.
    // First measured on 2026-12-03, before the structure engine: entries 45.9, sections 60.4,
    // kinds 60.7, urls 100, contributors 97.6. With nested sections, list items, kinds and credit
    // lines: entries 89.6, sections 95.0, kinds 85.9, urls 99.6, contributors 98.0.
    private static final double ENTRIES_FLOOR = 95;
    private static final double SECTIONS_FLOOR = 95;
    private static final double KINDS_FLOOR = 90;
    private static final double URLS_FLOOR = 99;
    private static final double CONTRIBUTORS_FLOOR = 97;

    @Test
    void theParserFindsWhatReadersWroteDown() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not beside the repository");
        Map<String, StructureScore> byPublisher = new TreeMap<>();
        StructureScore total = StructureScore.ZERO;
        List<Expectations.Issue> expected = Expectations.load();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        StringBuilder perIssue = new StringBuilder();
        for (Expectations.Issue labelled : expected) {
            StructureScore score = StructureScore.ZERO;
            for (ParseResult result : READER.readAll(CORPUS.resolve(labelled.file())).results()) {
                score = score.plus(StructureScore.of(labelled, result.issue()));
                break; // one issue per labelled file: an mbox's first message
            }
            perIssue.append(score.row(labelled.file())).append('\n');
            byPublisher.merge(labelled.publisher(), score, StructureScore::plus);
            total = total.plus(score);
        }
        StringBuilder table = new StringBuilder(StructureScore.header()).append('\n');
        byPublisher.forEach((publisher, score) -> table.append(score.row(publisher)).append('\n'));
        table.append(total.row("all")).append('\n');
        System.out.println(table);
        System.out.println(perIssue);

        assertThat(100 * total.entryShare()).as("entries").isGreaterThanOrEqualTo(ENTRIES_FLOOR);
        assertThat(100 * total.sectionShare())
                .as("sections")
                .isGreaterThanOrEqualTo(SECTIONS_FLOOR);
        assertThat(100 * total.kindShare()).as("kinds").isGreaterThanOrEqualTo(KINDS_FLOOR);
        assertThat(100 * total.urlShare()).as("urls").isGreaterThanOrEqualTo(URLS_FLOOR);
        assertThat(100 * total.contributorShare())
                .as("contributors")
                .isGreaterThanOrEqualTo(CONTRIBUTORS_FLOOR);
    }

    @Test
    void fingerprintsCompareWordsNotMarks() {
        assertThat(Fingerprint.of("⚛️ React!")).isEqualTo(Fingerprint.of("react"));
        assertThat(Fingerprint.of("Git 2.45.2")).isNotEqualTo(Fingerprint.of("Git 2.45.1"));
        assertThat(Fingerprint.lead("In 6986 bjz cleaned up the parser"))
                .isEqualTo(Fingerprint.lead("In #6986, bjz cleaned"));
        assertThat(Fingerprint.ofUrl("HTTPS://Example.org/a/"))
                .isEqualTo(Fingerprint.ofUrl("https://example.org/a"));
        assertThat(Fingerprint.of("  ")).isNull();
    }
}
