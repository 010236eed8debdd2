package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsletter.DatePrecision;
import dev.newsletter.Diagnostic;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseException;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.SectionKind;
import dev.newsletter.Severity;
import dev.newsletter.SourceFormat;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw messages: headers, MIME structure, transfer encodings and charsets. */
class RawMessageParsingTest {

    @Test
    void headersGiveTitleDateAndPublication() {
        ParseResult result = Fixtures.read("eml/2023-05-quoted-printable.eml");
        Issue issue = result.issue();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(issue.title()).isEqualTo("Signal Notes — May 2023: café streams");
        assertThat(issue.publication().name()).isEqualTo("Signal Lab Café Notes");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2023, 5, 16));
        assertThat(issue.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(issue.published()).isEqualTo(Instant.parse("2023-05-16T07:30:00Z"));
        assertThat(issue.edition()).isEqualTo("May 2023");
        assertThat(issue.source().format()).isEqualTo(SourceFormat.EML);
        assertThat(issue.metadata().getString("messageId"))
                .contains("<notes-2023-05@signal.example.org>");
        assertThat(issue.metadata().getString("listId"))
                .hasValueSatisfying(
                        listId -> assertThat(listId).contains("notes.signal.example.org"));
    }

    @Test
    void quotedPrintableInCapitalsWithASoftBreakInsideATitle() {
        Issue issue = Fixtures.parse("eml/2023-05-quoted-printable.eml");
        assertThat(issue.entries(SectionKind.RESEARCH))
                .extracting(Entry::title)
                .containsExactly(
                        "Café Tables and Other Streams: Profiling Point-of-Sale Data in Real Time");
        assertThat(issue.entries(SectionKind.RESEARCH).get(0).plainText())
                .contains("a third of the alerts")
                .doesNotContain("=");
        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .extracting(Entry::title)
                .containsExactly("Profiling Streams Live");
        assertThat(issue.entries(SectionKind.READING))
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title()).isEqualTo("Naïve Bayes Revisited");
                            assertThat(entry.contributor().name()).isEqualTo("José");
                        });
    }

    @Test
    void base64BodyInIso88591WithAnEncodedWordSubject() {
        ParseResult result = Fixtures.read("eml/2023-06-base64-latin1.eml");
        assertThat(result.diagnostics()).isEmpty();
        Issue issue = result.issue();
        assertThat(issue.title()).isEqualTo("Notes de juin: Zürich et Montréal");
        assertThat(issue.introText()).contains("Zürich and Montréal");
        assertThat(issue.entries(SectionKind.RESEARCH))
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title())
                                    .isEqualTo("Über Drift: Lessons from a Year of Monitoring");
                            assertThat(entry.contributor().name()).isEqualTo("Zoë");
                        });
    }

    @Test
    void unknownCharsetIsAWarningAndABestEffortDecode() {
        ParseResult result = Fixtures.read("eml/2023-07-bogus-charset.eml");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
                            assertThat(diagnostic.source()).isEqualTo("2023-07-bogus-charset.eml");
                            assertThat(diagnostic.line()).isEqualTo(5);
                            assertThat(diagnostic.message()).contains("x-no-such-charset");
                        });
        assertThat(result.issue().introText()).contains("holiday — see you in August");
    }

    @Test
    void strictModeTurnsTheCharsetWarningIntoAnExceptionNamingFileAndLine() {
        IssueReader strict =
                IssueReader.builder()
                        .options(ParseOptions.builder().strict(true).build())
                        .parsers(List.of(Fixtures.PARSER))
                        .build();
        ParseInput input = Fixtures.input("eml/2023-07-bogus-charset.eml");
        assertThatThrownBy(() -> strict.read(input).issueOrThrow(true))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("2023-07-bogus-charset.eml:5:1: unknown charset");
    }

    @Test
    void unreadableDateIsAWarningAtItsLine() {
        ParseResult result = Fixtures.read("eml/broken-date.eml");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::line, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, Severity.WARNING));
        assertThat(result.issue().date()).isNull();
        assertThat(result.issue().introText()).isEqualTo("Just a short note.");
    }

    @Test
    void anIssueNumberInTheSubjectIsTheEdition() {
        Issue issue =
                Issue.parse(
                        "From: Ana <ana@example.org>\n"
                                + "Subject: [ANNOUNCE] Sensor News edition 12\n"
                                + "Date: Tue, 3 Oct 2023 14:02:11 +0200\n\nHi all.\n");
        assertThat(issue.edition()).isEqualTo("edition 12");
        assertThat(issue.title()).isEqualTo("[ANNOUNCE] Sensor News edition 12");
        assertThat(Fixtures.parse("eml/2023-08-multipart-alternative.eml").edition())
                .isEqualTo("August 2023");
    }

    @Test
    void multipartAlternativePrefersThePlainText() {
        Issue issue = Fixtures.parse("eml/2023-08-multipart-alternative.eml");
        assertThat(issue.introText()).isEqualTo("The plain-text part of the August issue.");
        assertThat(issue.entries(SectionKind.RESEARCH))
                .extracting(Entry::title)
                .containsExactly("Watching the Watchers");
        assertThat(issue.published()).isEqualTo(Instant.parse("2023-08-15T06:45:00Z"));
    }

    @Test
    void htmlOnlyMailGoesThroughTheHtmlRules() {
        Issue issue = Fixtures.parse("eml/2023-09-html-only.eml");
        assertThat(issue.source().format()).isEqualTo(SourceFormat.EML);
        assertThat(issue.title()).isEqualTo("Signal Notes, September 2023");
        assertThat(issue.entries(SectionKind.PROTOTYPES))
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title()).isEqualTo("Season-Aware Monitor");
                            assertThat(entry.link())
                                    .isEqualTo(
                                            URI.create(
                                                    "https://github.com/signal-lab/season-aware-monitor"));
                            assertThat(entry.contributor().uri())
                                    .isEqualTo(URI.create("https://people.example.org/priya"));
                            assertThat(entry.plainText()).endsWith("stops paging anyone.");
                        });
    }

    @Test
    void garbageNeverThrows() {
        byte[] garbage =
                "From: \u0000\u0001\nSubject: =?bogus?Q?=ZZ?=\nContent-Type: multipart/mixed\n\n--"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ParseResult result =
                Fixtures.PARSER.parse(
                        ParseInput.of("garbage.eml", garbage), ParseOptions.defaults());
        assertThat(result.issue()).isNotNull();
    }
}
