package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.Severity;
import dev.newsletter.content.Heading;
import dev.newsletter.content.ListBlock;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line rules of plain-text bodies, one small case each. */
class TextRulesTest {

    private static Issue parse(String text) {
        return Fixtures.PARSER
                .parse(ParseInput.of("case.txt", text), ParseOptions.defaults())
                .issue();
    }

    private static String readingIssue(String closing) {
        return """
        Recommended reading

        Quiet Systems

        A short book about software that does not page anyone at night. %s
        """
                .formatted(closing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "— Andrew | Andrew",
                "- Melanie | Melanie",
                "-Daniel. | Daniel",
                "– Ana Lopez | Ana Lopez",
                "~ Kwame | Kwame",
                "-- Wen | Wen"
            })
    void attributionStylesGiveACleanName(String closing, String name) {
        Entry entry = parse(readingIssue(closing)).entries(SectionKind.READING).get(0);
        assertThat(entry.contributor()).isEqualTo(Person.of(name));
        assertThat(entry.plainText()).endsWith("at night.");
    }

    @Test
    void aDashInsideASentenceIsNoAttribution() {
        Entry entry =
                parse(readingIssue("It runs on state-of-the-art hardware - GPUs mostly."))
                        .entries(SectionKind.READING)
                        .get(0);
        assertThat(entry.contributor()).isNull();
        assertThat(entry.plainText()).endsWith("GPUs mostly.");
    }

    @Test
    void titleAboveItsAddressGetsTheLink() {
        Issue issue =
                parse(
                        """
        New Research!

        Quiet Systems
        https://example.org/quiet-systems

        A short study of alert fatigue.
        """);
        assertThat(issue.entries(SectionKind.RESEARCH))
                .extracting(Entry::title, Entry::link)
                .containsExactly(
                        tuple("Quiet Systems", URI.create("https://example.org/quiet-systems")));
    }

    @Test
    void titleLineOverItsBodyWithoutABlankLine() {
        Issue issue =
                parse(
                        """
                        New Research!

                        Quiet Systems
                        A short study of alert fatigue in on-call teams,
                        and what helped.

                        Loud Systems Revisited
                        https://example.org/loud
                        The sequel nobody asked for.

                        This week we fixed
                        two bugs in the pager.
                        """);
        assertThat(issue.entries(SectionKind.RESEARCH))
                .extracting(Entry::title, Entry::link, Entry::plainText)
                .containsExactly(
                        tuple(
                                "Quiet Systems",
                                null,
                                "A short study of alert fatigue in on-call teams, and what"
                                        + " helped."),
                        tuple(
                                "Loud Systems Revisited",
                                URI.create("https://example.org/loud"),
                                "The sequel nobody asked for.\n\nThis week we fixed two bugs in"
                                        + " the pager."));
    }

    @Test
    void underlinedHeadingsAndSeparators() {
        Issue issue =
                parse(
                        """
        Weekly Notes
        ============

        Hello and welcome.

        Events
        ------

        Meetup on Friday.

        ********

        Thanks for reading!
        """);
        assertThat(issue.title()).isEqualTo("Weekly Notes");
        assertThat(issue.sections()).extracting(Section::heading).containsExactly("Events");
        assertThat(issue.sections().get(0).plainText())
                .isEqualTo("Meetup on Friday.\n\nThanks for reading!");
        assertThat(issue.intro()).noneMatch(Heading.class::isInstance);
    }

    @Test
    void capitalisedLineOpensASection() {
        Issue issue =
                parse(
                        """
        Hello.

        UPCOMING EVENTS

        Meetup on Friday.
        """);
        assertThat(issue.sections())
                .extracting(Section::kind, Section::heading)
                .containsExactly(tuple(SectionKind.OTHER, "UPCOMING EVENTS"));
    }

    @Test
    void bulletsAndNumberedItemsAreLists() {
        Issue issue =
                parse(
                        """
        This week we fixed:
        - the sleep bug
        - two typos
          in the manual

        1. first
        2. second
        """);
        assertThat(issue.intro()).hasSize(3);
        assertThat(issue.intro().get(1))
                .isInstanceOfSatisfying(
                        ListBlock.class,
                        list -> {
                            assertThat(list.ordered()).isFalse();
                            assertThat(list.items()).hasSize(2);
                            assertThat(list.plainText()).contains("two typos in the manual");
                        });
        assertThat(issue.intro().get(2))
                .isInstanceOfSatisfying(
                        ListBlock.class, list -> assertThat(list.ordered()).isTrue());
    }

    @Test
    void introNamingAnotherMonthThanTheEditionIsAWarningAtItsLine() {
        ParseResult result =
                Fixtures.PARSER.parse(
                        ParseInput.of(
                                "july.txt",
                                """
        July 2021

        Welcome to the June edition of our newsletter. It may rain.
        """),
                        ParseOptions.defaults());
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
                            assertThat(diagnostic.toString())
                                    .isEqualTo(
                                            "july.txt:3:1: warning: the intro names June but the edition line says"
                                                    + " July 2021");
                        });
        ParseResult agreeing =
                Fixtures.PARSER.parse(
                        ParseInput.of(
                                "may.txt",
                                """
        May 2021

        Welcome to the May edition. It may rain.
        """),
                        ParseOptions.defaults());
        assertThat(agreeing.diagnostics()).isEmpty();
    }

    @Test
    void craftedDeepNestingIsReadWithoutDeepRecursion() {
        StringBuilder text = new StringBuilder(">".repeat(50_000)).append(" deep quote\n\n");
        for (int i = 0; i < 1_500; i++) {
            text.append(" ".repeat(i)).append("- item ").append(i).append('\n');
        }
        Issue issue = parse(text.toString());
        assertThat(ModelWords.missing(text.toString(), issue)).isEmpty();
    }

    @Test
    void emptyInputIsAWarningNotAnException() {
        ParseResult result =
                Fixtures.PARSER.parse(ParseInput.of("empty.txt", ""), ParseOptions.defaults());
        assertThat(result.issue().sections()).isEmpty();
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic ->
                                assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void inputOverTheLimitIsAnError() {
        ParseOptions small = ParseOptions.builder().maxInputBytes(10).build();
        ParseResult result =
                Fixtures.PARSER.parse(
                        ParseInput.of("big.txt", "more than ten bytes of text"), small);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics().get(0).message()).contains("over the limit");
    }
}
