package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.SourceFormat;
import dev.newsletter.content.Quote;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A plain-text newsletter body, read line by line. */
class PlainTextParsingTest {

    private static final String FIXTURE = "text/2023-04-signal-notes.txt";

    private final Issue issue = Fixtures.parse(FIXTURE);

    @Test
    void preheaderGivesTaglineAndWebCopyMetadata() {
        assertThat(issue.publication().tagline())
                .isEqualTo(
                        "Monthly notes from the Signal Lab team on research, prototypes and what we read");
        assertThat(issue.metadata().getString("viewInBrowser"))
                .contains("View this email in your browser");
        assertThat(issue.introText())
                .startsWith("Welcome to the April issue")
                .doesNotContain("View");
    }

    @Test
    void editionLineGivesMonthPrecisionDate() {
        assertThat(issue.edition()).isEqualTo("April 2023");
        assertThat(issue.title()).isEqualTo("April 2023");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(issue.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(issue.source().format()).isEqualTo(SourceFormat.TEXT);
        assertThat(issue.source().location()).isEqualTo("2023-04-signal-notes.txt");
    }

    @Test
    void sectionsComeFromTheVocabularyAndFromSeparatedLines() {
        assertThat(issue.sections())
                .extracting(Section::kind, Section::heading)
                .containsExactly(
                        tuple(SectionKind.RESEARCH, "New Research!"),
                        tuple(SectionKind.PROTOTYPES, "New Applied ML Prototypes!"),
                        tuple(SectionKind.LIVESTREAMS, "Fast Forward Live!"),
                        tuple(SectionKind.READING, ""),
                        tuple(SectionKind.EVENTS, "[Upcoming events]"));
        assertThat(issue.sections().get(0).plainText()).startsWith("Our current cycle looks at");
        assertThat(issue.sections().get(4).plainText()).contains("regional data science meetup");
    }

    @Test
    void captionsAndQuestionsStayInTheBody() {
        Entry drift = issue.entries(SectionKind.RESEARCH).get(0);
        assertThat(drift.title()).isEqualTo("Detecting Drift in Event Streams Without Labels");
        assertThat(drift.plainText()).endsWith("Sliding window comparison diagram");

        Entry calibration = issue.entries(SectionKind.READING).get(1);
        assertThat(calibration.plainText())
                .contains("What Makes a Model Well Calibrated?")
                .contains("reliability diagrams");
        Entry smallData = issue.entries(SectionKind.READING).get(2);
        assertThat(smallData.plainText()).contains("Checklist for small data projects");
    }

    @Test
    void livestreamTitlesWithoutBodyAreEntries() {
        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .extracting(Entry::title)
                .containsExactly(
                        "Anomaly Detection for Practitioners",
                        "Active Learning on a Budget",
                        "Evaluating Detectors Without Ground Truth");
        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .allSatisfy(
                        entry -> {
                            assertThat(entry.blocks()).isEmpty();
                            assertThat(entry.link()).isNull();
                        });
    }

    @Test
    void readingListWithoutHeadingIsFoundByItsLeadSentence() {
        Section reading = issue.sections(SectionKind.READING).get(0);
        assertThat(reading.heading()).isEmpty();
        assertThat(reading.plainText())
                .isEqualTo("Our engineers share their favorite reads of the month.");
        assertThat(reading.entries())
                .extracting(Entry::title, entry -> entry.contributor().name())
                .containsExactly(
                        tuple("Attention Is Not All You Need for Tabular Data", "Priya"),
                        tuple("Calibration in Practice", "Tomas"),
                        tuple("Small Data, Big Decisions", "Wen"));
    }

    @Test
    void attributionsLeaveTheBodyText() {
        for (Entry entry : issue.entries(SectionKind.READING)) {
            String name = entry.contributor().name();
            assertThat(entry.plainText())
                    .doesNotContain(name)
                    .doesNotEndWith("-")
                    .doesNotEndWith("—");
        }
        assertThat(issue.entries(SectionKind.READING).get(0).plainText())
                .endsWith("A useful antidote to hype.");
    }

    @Test
    void quotedPassageAnnouncedByColonIsAQuote() {
        Entry calibration = issue.entries(SectionKind.READING).get(1);
        assertThat(calibration.blocks())
                .anySatisfy(
                        block -> {
                            assertThat(block).isInstanceOf(Quote.class);
                            assertThat(block.plainText()).startsWith("…calibration is a property");
                        });
    }

    @Test
    void crlfLineEndingsGiveTheSameIssue() {
        String crlf = Fixtures.text(FIXTURE).replace("\n", "\r\n");
        Issue fromCrlf =
                Fixtures.PARSER
                        .parse(
                                ParseInput.of("2023-04-signal-notes.txt", crlf),
                                ParseOptions.defaults())
                        .issue();
        assertThat(fromCrlf).isEqualTo(issue);
    }

    @Test
    void aLabelAddedToTheVocabularyOpensASection() {
        String text =
                """
        Field Notes

        A short note before the news.

        From the Bench

        Soldering Tips for Tiny Parts

        Flux is your friend, and so is patience.
        """;
        ParseOptions options =
                ParseOptions.builder()
                        .vocabulary(
                                SectionVocabulary.defaults().toBuilder()
                                        .alias("from the bench", SectionKind.PROTOTYPES)
                                        .build())
                        .build();
        Issue custom = Fixtures.PARSER.parse(ParseInput.of("bench.txt", text), options).issue();
        assertThat(custom.sections())
                .extracting(Section::kind, Section::heading)
                .containsExactly(tuple(SectionKind.PROTOTYPES, "From the Bench"));
        assertThat(custom.entries(SectionKind.PROTOTYPES))
                .extracting(Entry::title)
                .containsExactly("Soldering Tips for Tiny Parts");
        assertThat(custom.introText()).contains("Field Notes").contains("A short note");
    }

    @Test
    void nothingIsLost() {
        assertThat(ModelWords.missing(Fixtures.text(FIXTURE), issue)).isEmpty();
    }
}
