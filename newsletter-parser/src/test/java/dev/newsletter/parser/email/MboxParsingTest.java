package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.SectionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An mbox file gives one issue per message. */
class MboxParsingTest {

    private static final String FIXTURE = "mbox/2023-q4.mbox";

    @Test
    void parseAllGivesOneIssuePerMessageWithItsLocation() {
        List<ParseResult> results =
                Fixtures.PARSER.parseAll(Fixtures.input(FIXTURE), ParseOptions.defaults());
        assertThat(results)
                .extracting(result -> result.issue().title())
                .containsExactly(
                        "Signal Notes, October 2023",
                        "Signal Notes, November 2023",
                        "Signal Notes, December 2023");
        assertThat(results)
                .extracting(result -> result.issue().source().location())
                .containsExactly("2023-q4.mbox#1", "2023-q4.mbox#2", "2023-q4.mbox#3");
        assertThat(results)
                .extracting(result -> result.issue().date())
                .containsExactly(
                        LocalDate.of(2023, 10, 2),
                        LocalDate.of(2023, 11, 6),
                        LocalDate.of(2023, 12, 4));
        assertThat(results).allSatisfy(result -> assertThat(result.diagnostics()).isEmpty());
    }

    @Test
    void quotedFromLinesAreRestored() {
        Issue november =
                Fixtures.PARSER
                        .parseAll(Fixtures.input(FIXTURE), ParseOptions.defaults())
                        .get(1)
                        .issue();
        assertThat(november.introText()).startsWith("From the archive:");
        assertThat(november.entries(SectionKind.READING))
                .singleElement()
                .extracting(Entry::title, entry -> entry.contributor().name())
                .containsExactly("The Forecasting Handbook", "Tomas");
    }

    @Test
    void parseGivesTheFirstMessage() {
        Issue first = Fixtures.parse(FIXTURE);
        assertThat(first.title()).isEqualTo("Signal Notes, October 2023");
    }

    @Test
    void issueParseAllReadsAnMboxThroughTheServiceLoader(@TempDir Path folder) throws Exception {
        Path mbox = folder.resolve("archive.mbox");
        Files.write(mbox, Fixtures.bytes(FIXTURE));
        List<Issue> issues = IssueReader.create().parseAll(mbox);
        assertThat(issues).hasSize(3);
        assertThat(issues.get(2).introText()).startsWith("Happy holidays");
    }
}
