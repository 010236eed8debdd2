package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.DatePrecision;
import dev.newsletter.Diagnostic;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import dev.newsletter.Severity;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Rule;
import dev.newsletter.parser.MarkdownIssueParser;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The metadata header: YAML, TOML and Pelican headers, dates, fields and metadata. */
class FrontMatterTest {

    @Test
    void yamlKnownKeysGoToFieldsAndTheRestToMetadataAsPlainValues() {
        Issue issue = Fixtures.parse("monthly-yaml.md").issue();

        assertThat(issue.title()).isEqualTo("Harbor Lab Notes, March");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(issue.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(issue.published()).isEqualTo(Instant.parse("2024-03-14T09:30:00Z"));
        assertThat(issue.authors())
                .containsExactly(
                        Person.of("Ines Ortega"),
                        Person.of("Tomas Berg", URI.create("https://example.org/tomas")));
        assertThat(issue.tags()).containsExactly("newsletter", "research");
        assertThat(issue.summary()).isEqualTo("Sparse retrieval, two demos and six reads.");
        // YAML 1.1 would read NO as false and 012 as 10: front matter means what it says.
        assertThat(issue.metadata().asMap())
                .containsExactly(
                        Map.entry("preview_image", "/img/cover-march.png"),
                        Map.entry("draft", false),
                        Map.entry("weight", 3L),
                        Map.entry("answer", "NO"),
                        Map.entry("code", "012"));
    }

    @Test
    void publicationKeyNamesThePublicationOverTheConfiguredOne() {
        String markdown =
                """
                ---
                title: Harbor Lab Notes, May
                publication:
                  name: Harbor Lab Notes
                  tagline: What the lab made and read this month
                ---

                A short intro.
                """;
        ParseOptions options =
                ParseOptions.builder()
                        .defaultPublication(
                                new Publication(
                                        "Configured", null, URI.create("https://example.org/")))
                        .build();

        Issue issue =
                MarkdownIssueParser.create()
                        .parse(ParseInput.of("may.md", markdown), options)
                        .issue();

        assertThat(issue.publication())
                .isEqualTo(
                        new Publication(
                                "Harbor Lab Notes",
                                "What the lab made and read this month",
                                URI.create("https://example.org/")));
        assertThat(issue.metadata().asMap()).doesNotContainKey("publication");
    }

    @Test
    void publicationKeyOfAnotherShapeStaysMetadata() {
        String markdown =
                """
                ---
                publication: [print, web]
                ---

                Text.
                """;

        Issue issue =
                MarkdownIssueParser.create()
                        .parse(ParseInput.of("odd.md", markdown), ParseOptions.defaults())
                        .issue();

        assertThat(issue.publication().isUnknown()).isTrue();
        assertThat(issue.metadata().asMap()).containsEntry("publication", List.of("print", "web"));
    }

    @Test
    void tomlHeaderWithZolaExtraTable() {
        Issue issue = Fixtures.parse("zola-monthly.md").issue();

        assertThat(issue.title()).isEqualTo("This Month in Tide Pools (April 2024)");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(issue.edition()).isEqualTo("April 2024");
        assertThat(issue.authors()).extracting(Person::name).containsExactly("anemone", "barnacle");
        assertThat(issue.metadata().isEmpty()).isTrue();
    }

    @Test
    void pelicanKeyValueHeader() {
        Issue issue = Fixtures.parse("pelican-weekly.markdown").issue();

        assertThat(issue.title()).isEqualTo("Crab Weekly 42");
        assertThat(issue.published()).isEqualTo(Instant.parse("2024-02-03T18:30:00Z"));
        assertThat(issue.tags()).containsExactly("crabs", "weekly");
        assertThat(issue.metadata().asMap())
                .containsExactly(Map.entry("Category", "Crab Weekly"), Map.entry("Number", "42"));
    }

    @Test
    void proseThatLooksLikeAKeyIsNotAHeader() {
        Issue issue =
                Fixtures.parseText("note.md", "Note: this is prose.\n\nMore prose.\n").issue();

        assertThat(issue.metadata().isEmpty()).isTrue();
        assertThat(issue.introText()).startsWith("Note: this is prose.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2021-06-25T14:49:47Z        | 2021-06-25 | 2021-06-25T14:49:47Z",
                "2021-11-17                  | 2021-11-17 | 2021-11-17T05:00:00Z",
                "2021-06-27 12:06:51 +0100   | 2021-06-27 | 2021-06-27T11:06:51Z",
                "2013-06-15 22:00            | 2013-06-15 | 2013-06-16T02:00:00Z",
                "06-27-2023                  | 2023-06-27 | 2023-06-27T04:00:00Z",
                "'2024-01-05T10:00:00+02:00' | 2024-01-05 | 2024-01-05T08:00:00Z"
            })
    void readsEveryDateFormInTheConfiguredZone(String written, String day, String instant) {
        ParseOptions newYork = ParseOptions.builder().zone(ZoneId.of("America/New_York")).build();
        ParseResult result =
                MarkdownIssueParser.create()
                        .parse(
                                ParseInput.of(
                                        "dated.md", "---\ndate: " + written + "\n---\n\nBody.\n"),
                                newYork);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.issue().date()).isEqualTo(LocalDate.parse(day));
        assertThat(result.issue().published()).isEqualTo(Instant.parse(instant));
    }

    @Test
    void tomlDates() {
        Issue issue =
                Fixtures.parseText(
                                "toml.md",
                                "+++\ntitle = \"T\"\ndate = 2020-05-06T10:00:00Z\n+++\n\nBody.\n")
                        .issue();

        assertThat(issue.published()).isEqualTo(Instant.parse("2020-05-06T10:00:00Z"));
    }

    @Test
    void anUnreadableDateIsAWarningAtItsLineAndTheEditionHeadingGivesTheMonth() {
        ParseResult result =
                Fixtures.parseText(
                        "typo.md",
                        "---\ntitle: Typo\ndate: 020-08-14T21:00:39Z\n---\n\n# August 2020\n\nHello.\n");

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.line()).isEqualTo(3);
                            assertThat(d.column()).isEqualTo(7);
                            assertThat(d.message()).contains("020-08-14T21:00:39Z");
                        });
        assertThat(result.issue().date()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(result.issue().datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(result.issue().published()).isNull();
    }

    @Test
    void withoutADateTheFileNameGivesIt() {
        ParseResult result = Fixtures.parse("2023-05-09-weekly.md");

        assertThat(result.issue().date()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(result.issue().edition()).isEqualTo("May 2023");
        assertThat(result.issue().title()).isEqualTo("May 2023");
        assertThat(result.diagnostics()) // the other two are its Liquid include and variable
                .filteredOn(d -> d.message().contains("date"))
                .extracting(Diagnostic::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void aMonthFileNameGivesAMonth() {
        ParseResult result =
                Fixtures.parseText("archive/2020-08.md", "Hello.\n\n## News\n\nNone.\n");

        assertThat(result.issue().date()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(result.issue().datePrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void anEditionKeyThatIsNoMonthIsTheEditionAndItsHeadingIsNotContent() {
        ParseResult result =
                Fixtures.parseText(
                        "digest.md",
                        "---\ntitle: Tide Pool Digest, Vol 12, Issue 3\nedition: Vol 12, Issue 3\n"
                                + "date: 2024-05-06\n---\n\n# Vol 12, Issue 3\n\nHello.\n\n"
                                + "## Topics\n\nNone.\n");

        assertThat(result.issue().edition()).isEqualTo("Vol 12, Issue 3");
        assertThat(result.issue().date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(result.issue().metadata().isEmpty()).isTrue();
        assertThat(result.issue().intro()).containsExactly(Paragraph.of("Hello."));
        assertThat(result.issue().sections())
                .extracting(s -> s.heading())
                .containsExactly("Topics");
    }

    @Test
    void withNoDateAnywhereTheIssueHasNone() {
        ParseResult result = Fixtures.parseText("undated.md", "Hello.\n");

        assertThat(result.issue().date()).isNull();
        assertThat(result.issue().edition()).isNull();
        assertThat(result.issue().title()).isEmpty();
    }

    @Test
    void anUnclosedHeaderIsAWarningAndTheTextIsKeptAsBody() {
        ParseResult result =
                Fixtures.parseText("open.md", "---\ntitle: Never closed\n\nBody text.\n");

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.line()).isEqualTo(1);
                            assertThat(d.message()).contains("never closed");
                        });
        assertThat(
                        WordInventory.ofSource("Body text. Never closed")
                                .missingFrom(WordInventory.ofIssue(result.issue())))
                .isEmpty();
        assertThat(result.issue().introText()).contains("Body text.");
    }

    @Test
    void onlyTheFirstLineOpensAHeaderALaterRuleIsARule() {
        ParseResult result =
                Fixtures.parseText(
                        "rules.md", "Intro.\n\n---\n\ntitle: not metadata\n\n---\n\nMore.\n");

        assertThat(result.issue().metadata().isEmpty()).isTrue();
        assertThat(result.issue().intro()).hasAtLeastOneElementOfType(Rule.class);
        assertThat(result.issue().introText()).contains("title: not metadata");
    }

    @Test
    void aLeadingThematicBreakAroundProseIsNotAHeader() {
        ParseResult result =
                Fixtures.parseText(
                        "rule.md", "---\n\n# March 2022\n\nWelcome to March.\n\n---\n\nMore.\n");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.issue().edition()).isEqualTo("March 2022");
        assertThat(result.issue().introText()).isEqualTo("Welcome to March.\n\nMore.");
    }

    @Test
    void crlfLineEndingsAreRead() {
        ParseResult result =
                Fixtures.parseText(
                        "crlf.md",
                        "---\r\ntitle: Windows\r\ndate: 2022-01-02\r\n---\r\n\r\n## News\r\n\r\nText.\r\n");

        assertThat(result.issue().title()).isEqualTo("Windows");
        assertThat(result.issue().sections()).hasSize(1);
    }

    @Test
    void authorsAsACommaSeparatedString() {
        Issue issue = Fixtures.parseText("a.md", "---\nauthor: Ann, Bo\n---\n\nHi.\n").issue();

        assertThat(issue.authors()).containsExactly(Person.of("Ann"), Person.of("Bo"));
        assertThat(issue.metadata().isEmpty()).isTrue();
    }

    @Test
    void yamlMetadataKeepsNestedValuesInOrder() {
        Issue issue =
                Fixtures.parseText(
                                "n.md",
                                "---\nseo:\n  image: a.png\n  keywords: [x, y]\nratio: 1.5\n---\n\nHi.\n")
                        .issue();

        assertThat(issue.metadata().asMap())
                .containsExactly(
                        Map.entry("seo", Map.of("image", "a.png", "keywords", List.of("x", "y"))),
                        Map.entry("ratio", 1.5));
    }
}
