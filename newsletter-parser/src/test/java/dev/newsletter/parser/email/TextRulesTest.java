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
import dev.newsletter.content.Table;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line rules of plain-text bodies, one small case each. */
class TextRulesTest {

    private static Issue parse(String text) {
        return Fixtures.parseText(text);
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
    void attributionAfterANoBreakSpace() {
        String html =
                "<h2>Recommended reading</h2><p><a href=\"https://example.org/q\">Quiet</a></p>"
                        + "<p>A short book.\u00a0- <a href=\"https://example.org/v\"><em>Victor"
                        + "\u00a0Hugo</em></a></p>";
        Entry entry =
                Fixtures.PARSER
                        .parse(ParseInput.of("nbsp.html", html), ParseOptions.defaults())
                        .issue()
                        .entries(SectionKind.READING)
                        .get(0);
        assertThat(entry.contributor())
                .isEqualTo(Person.of("Victor Hugo", URI.create("https://example.org/v")));
        assertThat(entry.plainText()).isEqualTo("A short book.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "- Omar | Omar",
                "— Rosa Diaz | Rosa Diaz",
                "-- Ana María López | Ana María López"
            })
    void attributionAloneOnTheLastLineGivesTheContributor(String closing, String name) {
        Issue issue =
                parse(
                        """
                        Recommended reading

                        Quiet Systems

                        Where did this number come from?

                        A short book about software that does not page anyone.
                        %s

                        Loud Systems

                        The opposite.
                        """
                                .formatted(closing));
        Entry entry = issue.entries(SectionKind.READING).get(0);
        assertThat(entry.contributor()).isEqualTo(Person.of(name));
        assertThat(entry.plainText()).endsWith("page anyone.").doesNotContain(name);
        assertThat(entry.blocks()).noneMatch(ListBlock.class::isInstance);
        assertThat(issue.entries(SectionKind.READING)).hasSize(2);
    }

    @Test
    void twoBlankLinesBeforeAShortHeadlineOpenASectionAndBarredRowsAreATable() {
        Issue issue =
                parse(
                        """
                        Recommended reading

                        Quiet Systems

                        A short book about software that does not page anyone.


                        Events

                        Date | Event | Where
                        4 April | Reading group | online
                        """);
        assertThat(issue.sections())
                .extracting(Section::heading)
                .containsExactly("Recommended reading", "Events");
        Section events = issue.sections().get(1);
        assertThat(events.entries()).isEmpty();
        assertThat(events.blocks())
                .singleElement()
                .isInstanceOfSatisfying(
                        Table.class,
                        table -> {
                            assertThat(table.header().cells()).hasSize(3);
                            assertThat(table.rows()).hasSize(1);
                        });
        assertThat(issue.entries(SectionKind.READING)).hasSize(1);
    }

    @Test
    void aOneItemListAfterAColonStaysAList() {
        Entry entry =
                parse(
                                """
                        Recommended reading

                        Quiet Systems

                        The one tool the authors used:
                        - Kubernetes
                        """)
                        .entries(SectionKind.READING)
                        .get(0);
        assertThat(entry.contributor()).isNull();
        assertThat(entry.blocks()).anyMatch(ListBlock.class::isInstance);
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
    void aReadMoreAddressClosingTheBodyIsTheEntryLink() {
        Issue issue =
                parse(
                        """
                        New Research!

                        Quiet Systems

                        A short study of alert fatigue.

                        Read more: https://example.org/quiet
                        """);
        Entry entry = issue.entries(SectionKind.RESEARCH).get(0);
        assertThat(entry.link()).isEqualTo(URI.create("https://example.org/quiet"));
        assertThat(entry.plainText()).endsWith("Read more: https://example.org/quiet");
    }

    @Test
    void relativeLinksResolveAgainstTheBaseUri() {
        String html =
                "<h2>Recommended reading</h2><p><a href=\"/reads/quiet\">Quiet Systems</a></p>"
                        + "<p>A short book. &mdash; <a href=\"/people/ana\"><em>Ana</em></a></p>";
        ParseOptions options =
                ParseOptions.builder().baseUri(URI.create("https://example.org/notes/")).build();
        Entry entry =
                Fixtures.PARSER
                        .parse(ParseInput.of("reads.html", html), options)
                        .issue()
                        .entries(SectionKind.READING)
                        .get(0);
        assertThat(entry.link()).isEqualTo(URI.create("https://example.org/reads/quiet"));
        assertThat(entry.contributor())
                .isEqualTo(Person.of("Ana", URI.create("https://example.org/people/ana")));
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
    void hashHeadingsOfTextWrittenFromMarkdown() {
        Issue issue =
                parse(
                        """
                        # Weekly Notes

                        Hello and welcome.

                        ## 1. Big Launch

                        We shipped.

                        ## 2. Small Fixes ##

                        We fixed things.
                        """);
        assertThat(issue.title()).isEqualTo("Weekly Notes");
        assertThat(issue.sections())
                .extracting(Section::heading)
                .containsExactly("1. Big Launch", "2. Small Fixes");
        assertThat(issue.sections().get(1).plainText()).isEqualTo("We fixed things.");
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
                .containsExactly(tuple(SectionKind.EVENTS, "UPCOMING EVENTS"));
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
    void aLatin1TextFileIsDecodedWithANote() {
        byte[] latin1 =
                "March 2024\n\nBienvenue au caf\u00e9 de Z\u00fcrich.\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ParseResult result =
                Fixtures.PARSER.parse(ParseInput.of("latin1.txt", latin1), ParseOptions.defaults());
        assertThat(result.issue().introText()).isEqualTo("Bienvenue au caf\u00e9 de Z\u00fcrich.");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.INFO);
                            assertThat(diagnostic.message()).contains("not UTF-8");
                        });
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
        assertThat(result.diagnostics().get(0).message()).contains("over the size limit");
    }
}
