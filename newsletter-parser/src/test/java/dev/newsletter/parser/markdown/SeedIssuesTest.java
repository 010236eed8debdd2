package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.Severity;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two Markdown seeds read as a person reads them (skipped without the shared corpus). */
class SeedIssuesTest {

    private static ParseResult parseSeed(String prefix) throws IOException {
        CorpusFiles.assumePresent();
        Path seeds = CorpusFiles.ROOT.resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            Path seed =
                    files.filter(p -> p.getFileName().toString().startsWith(prefix))
                            .findFirst()
                            .orElseThrow();
            return MarkdownIssueParser.create().parse(ParseInput.of(seed), ParseOptions.defaults());
        }
    }

    @Test
    void seed000HasResearchLivestreamsAndReading() throws IOException {
        ParseResult result = parseSeed("000");
        Issue issue = result.issue();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(issue.edition()).isEqualTo("June 2021");
        assertThat(issue.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.RESEARCH, SectionKind.LIVESTREAMS, SectionKind.READING);

        Section research = issue.sections().get(0);
        assertThat(research.title())
                .isEqualTo(
                        "Deep Metric Learning: Applications in Automatic Offline Signature Verification");
        assertThat(research.entries())
                .extracting(Entry::title)
                .containsExactly(
                        "Deep Learning for Automatic Offline Signature Verification",
                        "Pre-trained Models as a Strong Baseline for Automatic Signature Verification",
                        "Deep Metric Learning for Signature Verification");

        Section live = issue.sections().get(1);
        assertThat(live.entries())
                .extracting(Entry::title, e -> e.link().toString())
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "Session-based Recommender Systems",
                                "https://www.youtube.com/watch?v=JoRx6udpnbI"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Few-Shot Text Classification", "https://youtu.be/oLFqTj5FcEA"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Representation Learning for Software Engineers",
                                "https://youtu.be/o4gQLVzIm5U"));

        Section reading = issue.sections().get(2);
        assertThat(reading.entries()).hasSize(5);
        assertThat(reading.entries())
                .extracting(Entry::contributor)
                .containsExactly(
                        Person.of(
                                "Andrew", URI.create("https://www.linkedin.com/in/andrew-r-reed/")),
                        Person.of("Victor", URI.create("https://twitter.com/vykthur")),
                        Person.of("Melanie", URI.create("http://www.linkedin.com/in/melanierbeck")),
                        Person.of("Nisha", URI.create("https://twitter.com/NishaMuktewar")),
                        Person.of("Chris", URI.create("https://twitter.com/_cjwallace")));
        assertThat(reading.entries())
                .allSatisfy(
                        entry ->
                                assertThat(entry.plainText())
                                        .doesNotContain(entry.contributor().name() + "\n")
                                        .doesNotEndWith(entry.contributor().name()));
    }

    @Test
    void seed001WarnsThatItsIntroNamesJuneInAJulyIssue() throws IOException {
        ParseResult result = parseSeed("001");

        assertThat(result.issue().edition()).isEqualTo("July 2021");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.line()).isEqualTo(5);
                            assertThat(d.message()).contains("June").contains("July");
                        });
        assertThat(result.issue().entries(SectionKind.READING))
                .allSatisfy(entry -> assertThat(entry.contributor()).isNotNull());
    }
}
