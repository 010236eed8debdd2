package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A plain-text newsletter of another shape than the seeds: a masthead with an issue number and a
 * day, decorated headings, titles above their addresses, a list of links and a sign-off.
 */
class WeeklyTextNewsletterTest {

    private static final String FIXTURE = "text/weekly-wrench-42.txt";

    private final Issue issue = Fixtures.parse(FIXTURE);

    @Test
    void mastheadGivesPublicationEditionAndDay() {
        assertThat(issue.publication().name()).isEqualTo("THE WEEKLY WRENCH");
        assertThat(issue.edition()).isEqualTo("Issue #42");
        assertThat(issue.title()).isEqualTo("Issue #42");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(issue.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(issue.introText()).startsWith("Hi friends,");
    }

    @Test
    void decoratedHeadingsTitlesWithAddressesAndLinkLists() {
        assertThat(issue.sections())
                .extracting(Section::kind, Section::heading)
                .containsExactly(
                        tuple(SectionKind.READING, "NEWS"),
                        tuple(SectionKind.READING, "TALKS"),
                        tuple(SectionKind.READING, "LINKS"));
        assertThat(issue.entries())
                .extracting(Entry::title, Entry::link)
                .containsExactly(
                        tuple(
                                "Wrench 3.0 Released",
                                URI.create("https://wrench.example.dev/blog/3.0")),
                        tuple(
                                "Plugin Registry Opens",
                                URI.create("https://plugins.wrench.example.dev/")),
                        tuple(
                                "Building Tools People Love",
                                URI.create("https://video.example.dev/tools-people-love")),
                        tuple(
                                "Rust for Toolmakers",
                                URI.create("https://blog.example.dev/rust-toolmakers")),
                        tuple(
                                "The Cost of Flaky Tests",
                                URI.create("https://blog.example.dev/flaky")));
        assertThat(issue.entries().get(3).plainText()).isEqualTo("a gentle introduction");
    }

    @Test
    void signOffNamesTheAuthorNotTheLastEntry() {
        assertThat(issue.authors()).containsExactly(Person.of("Sam"));
        assertThat(issue.entries()).allSatisfy(entry -> assertThat(entry.contributor()).isNull());
        assertThat(issue.sections().get(2).plainText()).isEqualTo("That's all for this week!");
    }

    @Test
    void nothingIsLost() {
        assertThat(ModelWords.missing(Fixtures.text(FIXTURE), issue)).isEmpty();
    }
}
