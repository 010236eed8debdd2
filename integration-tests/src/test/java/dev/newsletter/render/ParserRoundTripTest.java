package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.Source;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders issues and parses them back with the project's own parsers: Markdown must come back
 * equal, plain text equal up to what text cannot carry (URLs become references, emphasis and images
 * go). Skips while no parser for the format is installed.
 */
class ParserRoundTripTest {

    static List<String> samples() {
        return List.copyOf(SampleIssues.all().keySet());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void markdownReadsBackEqual(String name) {
        Issue issue = SampleIssues.all().get(name);
        String markdown = MarkdownRenderer.create().render(issue);
        InstalledParsers.assumeParserFor("issue.md", markdown);

        Issue back = InstalledParsers.readBack("issue.md", markdown);

        Issue expected = withTopLevelOf(asParsed(issue), back);
        assertThat(back)
                .usingRecursiveComparison()
                .withEqualsForType(Metadata::equals, Metadata.class)
                .isEqualTo(expected);
        assertThat(back).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void plainTextReadsBackEqualUpToWhatTextCannotCarry(String name) {
        Issue issue = SampleIssues.all().get(name);
        String text = PlainTextRenderer.create().render(issue);
        InstalledParsers.assumeParserFor("issue.txt", text);

        assertThat(TextView.of(InstalledParsers.readBack("issue.txt", text)))
                .isEqualTo(TextView.of(issue));
    }

    @Test
    void paragraphShapedItemsReadBackEqualFromMarkdown() {
        String source =
                """
                # Harbour Notes 12

                ## Crate of the Week

                This week's crate is [tidegauge](https://example.org/tidegauge), a reader for gauge stations.

                Thanks to [Ana](https://example.org/u/ana) for the nomination.

                ## Quote of the Week

                > Tide tables are just a very patient cache.

                – [Mei on the harbour forum](https://example.org/forum/42)

                Thanks to [Ana](https://example.org/u/ana) for the suggestion!
                """;
        InstalledParsers.assumeParserFor("issue.md", source);
        Issue parsed = InstalledParsers.readBack("issue.md", source);
        assertThat(parsed.entries()).hasSize(2);

        Issue back =
                InstalledParsers.readBack("issue.md", MarkdownRenderer.create().render(parsed));

        assertThat(back.sections()).isEqualTo(parsed.sections());
    }

    @Test
    void randomIssuesReadBackEqualFromMarkdown() {
        InstalledParsers.assumeParserFor(
                "issue.md", MarkdownRenderer.create().render(SampleIssues.monthly()));
        qt().withFixedSeed(1965L)
                .withExamples(1000)
                .forAll(RandomIssues.issue())
                .checkAssert(
                        issue -> {
                            Issue back =
                                    InstalledParsers.readBack(
                                            "issue.md", MarkdownRenderer.create().render(issue));
                            assertThat(back)
                                    .usingRecursiveComparison()
                                    .withEqualsForType(Metadata::equals, Metadata.class)
                                    .isEqualTo(withTopLevelOf(asParsed(issue), back));
                        });
    }

    @Test
    void randomIssuesReadBackEqualFromPlainText() {
        InstalledParsers.assumeParserFor(
                "issue.txt", PlainTextRenderer.create().render(SampleIssues.emailShaped()));
        qt().withFixedSeed(1966L)
                .withExamples(1000)
                .forAll(RandomIssues.emailShaped())
                .checkAssert(
                        issue ->
                                assertThat(
                                                TextView.of(
                                                        InstalledParsers.readBack(
                                                                "issue.txt",
                                                                PlainTextRenderer.create()
                                                                        .render(issue))))
                                        .isEqualTo(TextView.of(issue)));
    }

    @Test
    void randomIssuesWithLinksReadBackTheirLinksFromPlainTextReferences() {
        InstalledParsers.assumeParserFor(
                "issue.txt", PlainTextRenderer.create().render(SampleIssues.emailShaped()));
        qt().withFixedSeed(1967L)
                .withExamples(500)
                .forAll(RandomIssues.emailShaped().map(ParserRoundTripTest::withLinks))
                .checkAssert(
                        issue -> {
                            Issue back =
                                    InstalledParsers.readBack(
                                            "issue.txt", PlainTextRenderer.create().render(issue));
                            assertThat(TextView.of(back)).isEqualTo(TextView.of(issue));
                            assertThat(links(back)).isEqualTo(links(issue));
                        });
    }

    /** The issue with a distinct address on every entry and every contributor. */
    private static Issue withLinks(Issue issue) {
        List<Section> sections = new ArrayList<>();
        int[] n = {0};
        for (Section section : issue.sections()) {
            sections.add(linkedSection(section, n));
        }
        return issue.toBuilder().sections(sections).build();
    }

    private static Section linkedSection(Section section, int[] counter) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : section.entries()) {
            int n = ++counter[0];
            {
                Entry.Builder linked =
                        entry.toBuilder().link(URI.create("https://example.org/entry/" + n));
                if (entry.contributor() != null) {
                    linked.contributor(
                            Person.of(
                                    entry.contributor().name(),
                                    URI.create("https://people.example.org/" + n)));
                }
                entries.add(linked.build());
            }
        }
        List<Section> subsections = new ArrayList<>();
        for (Section sub : section.subsections()) {
            subsections.add(linkedSection(sub, counter));
        }
        return section.toBuilder().entries(entries).subsections(subsections).build();
    }

    /** Every entry's link and contributor address, in order. */
    private static List<String> links(Issue issue) {
        List<String> links = new ArrayList<>();
        for (Section section : issue.allSections()) {
            for (Entry entry : section.entries()) {
                links.add(String.valueOf(entry.link()));
                links.add(
                        entry.contributor() == null
                                ? "-"
                                : String.valueOf(entry.contributor().uri()));
            }
        }
        return links;
    }

    /** Renders {@code issue} as Markdown and asserts that the parsers read it back equal. */
    static void assertReadsBackEqualFromMarkdown(Issue issue) {
        String markdown = MarkdownRenderer.create().render(issue);
        InstalledParsers.assumeParserFor("issue.md", markdown);

        Issue back = InstalledParsers.readBack("issue.md", markdown);

        assertThat(back)
                .as(markdown)
                .usingRecursiveComparison()
                .withEqualsForType(Metadata::equals, Metadata.class)
                .isEqualTo(withTopLevelOf(asParsed(issue), back));
    }

    /**
     * {@code issue} with its sections moved to the levels of {@code back}'s top sections,
     * subsections keeping their distances. Markdown keeps how sections nest but not always their
     * levels: when the content holds headings as high as the sections, the writer lifts every
     * section to {@code #} so that sections outrank content, and they read back one level higher.
     */
    static Issue withTopLevelOf(Issue issue, Issue back) {
        if (issue.sections().isEmpty() || back.sections().isEmpty()) {
            return issue;
        }
        int shift = top(back) - top(issue);
        if (shift == 0) {
            return issue;
        }
        List<Section> sections = new ArrayList<>();
        for (Section section : issue.sections()) {
            sections.add(shifted(section, shift));
        }
        return issue.toBuilder().sections(sections).build();
    }

    private static int top(Issue issue) {
        int level = Section.MAX_LEVEL;
        for (Section section : issue.sections()) {
            level = Math.min(level, section.level());
        }
        return level;
    }

    private static Section shifted(Section section, int shift) {
        List<Section> subsections = new ArrayList<>();
        for (Section sub : section.subsections()) {
            subsections.add(shifted(sub, shift));
        }
        int level = Math.max(1, Math.min(Section.MAX_LEVEL, section.level() + shift));
        return section.toBuilder().level(level).subsections(subsections).build();
    }

    /**
     * The issue as a parser gives it: no source, and a day's date also read as the instant the day
     * starts (in UTC, the parser's default zone), since front matter cannot say "a day, no time".
     */
    static Issue asParsed(Issue issue) {
        Issue.Builder parsed = issue.toBuilder().source(Source.unknown());
        if (issue.published() == null
                && issue.date() != null
                && issue.datePrecision() == DatePrecision.DAY) {
            parsed.published(issue.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return parsed.build();
    }

    /**
     * What a plain-text email carries of an issue: edition, its month, section kinds, headings and
     * text, entry titles, text and contributor names; whitespace normalised, reference markers
     * dropped.
     */
    record TextView(String edition, Object date, List<Object> sections) {

        static TextView of(Issue issue) {
            return new TextView(
                    issue.edition(),
                    issue.date() == null ? null : YearMonth.from(issue.date()),
                    sections(issue.sections()));
        }

        private static List<Object> sections(List<Section> of) {
            List<Object> sections = new ArrayList<>();
            for (Section section : of) {
                List<Object> entries = new ArrayList<>();
                for (Entry entry : section.entries()) {
                    entries.add(
                            Map.of(
                                    "title", normalise(entry.title()),
                                    "text", normalise(entry.plainText()),
                                    "contributor",
                                            entry.contributor() == null
                                                    ? ""
                                                    : entry.contributor().name()));
                }
                sections.add(
                        Map.of(
                                "kind", section.kind(),
                                "heading", normalise(section.heading()),
                                "text", normalise(section.plainText()),
                                "entries", entries,
                                "sections", sections(section.subsections())));
            }
            return sections;
        }

        private static String normalise(String text) {
            return text.replaceAll(" \\[\\d+]", "")
                    .replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]", "")
                    .replaceAll("(?U)\\s+", " ")
                    .strip();
        }
    }
}
