package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.SectionKind;
import dev.newsletter.SourceFormat;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Quote;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An HTML newsletter as sent by email. */
class HtmlParsingTest {

    private static final String FIXTURE = "html/2023-04-signal-notes.html";

    private final Issue issue = Fixtures.parse(FIXTURE);

    @Test
    void preheaderAndEditionHeading() {
        assertThat(issue.source().format()).isEqualTo(SourceFormat.HTML);
        assertThat(issue.publication().tagline()).startsWith("Monthly notes from the Signal Lab");
        assertThat(issue.metadata().getString("viewInBrowser"))
                .contains("https://signal.example.org/notes/2023-04.html");
        assertThat(issue.edition()).isEqualTo("April 2023");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(issue.datePrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void headingsLinksAndAttributionsGiveTheStructure() {
        assertThat(issue.sections())
                .extracting(section -> section.kind(), section -> section.heading())
                .containsExactly(
                        tuple(SectionKind.RESEARCH, "New Research!"),
                        tuple(SectionKind.PROTOTYPES, "New Applied ML Prototypes!"),
                        tuple(SectionKind.LIVESTREAMS, "Fast Forward Live!"),
                        tuple(SectionKind.READING, "Recommended reading"));
        assertThat(issue.entries(SectionKind.RESEARCH))
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title())
                                    .isEqualTo("Detecting Drift in Event Streams Without Labels");
                            assertThat(entry.link())
                                    .isEqualTo(
                                            URI.create(
                                                    "https://signal.example.org/2023/04/drift-in-event-streams.html"));
                            assertThat(entry.blocks()).last().isInstanceOf(Figure.class);
                        });
        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .extracting(Entry::link)
                .containsExactly(
                        URI.create("https://video.example.org/watch?v=a1"),
                        URI.create("https://video.example.org/watch?v=b2"),
                        URI.create("https://video.example.org/watch?v=c3"));
        assertThat(issue.entries(SectionKind.READING))
                .extracting(Entry::contributor)
                .containsExactly(
                        Person.of("Priya", URI.create("https://people.example.org/priya")),
                        Person.of("Tomas", URI.create("https://people.example.org/tomas")),
                        Person.of("Wen", URI.create("https://people.example.org/wen")));
    }

    @Test
    void blockquotesScriptsAndStyles() {
        Entry calibration = issue.entries(SectionKind.READING).get(1);
        assertThat(calibration.blocks())
                .anySatisfy(block -> assertThat(block).isInstanceOf(Quote.class));
        assertThat(ModelWords.of(issue)).doesNotContain("tracking", "sans");
    }

    @Test
    void agreesWithThePlainTextRendering() {
        Issue text = Fixtures.parse("text/2023-04-signal-notes.txt");
        // The text rendering puts the events note after a separator; HTML has no such section.
        IssueOutline fromText =
                IssueOutline.of(text.toBuilder().sections(text.sections().subList(0, 4)).build());
        assertThat(IssueOutline.of(issue)).isEqualTo(fromText);
    }
}
