package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.Source;
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

        assertThat(InstalledParsers.readBack("issue.md", markdown)).isEqualTo(withoutSource(issue));
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
    void randomIssuesReadBackEqualFromMarkdown() {
        InstalledParsers.assumeParserFor(
                "issue.md", MarkdownRenderer.create().render(SampleIssues.monthly()));
        qt().withFixedSeed(1965L)
                .withExamples(1000)
                .forAll(RandomIssues.issue())
                .checkAssert(
                        issue ->
                                assertThat(
                                                InstalledParsers.readBack(
                                                        "issue.md",
                                                        MarkdownRenderer.create().render(issue)))
                                        .isEqualTo(issue));
    }

    @Test
    void randomIssuesReadBackEqualFromPlainText() {
        InstalledParsers.assumeParserFor(
                "issue.txt", PlainTextRenderer.create().render(SampleIssues.emailShaped()));
        qt().withFixedSeed(1966L)
                .withExamples(1000)
                .forAll(RandomIssues.issue())
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

    private static Issue withoutSource(Issue issue) {
        return issue.toBuilder().source(Source.unknown()).build();
    }

    /**
     * What a plain-text email carries of an issue: edition, date, section kinds, headings and text,
     * entry titles, text and contributor names; whitespace normalised, reference markers dropped.
     */
    record TextView(String edition, Object date, List<Object> sections) {

        static TextView of(Issue issue) {
            List<Object> sections = new ArrayList<>();
            for (Section section : issue.sections()) {
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
                                "entries", entries));
            }
            return new TextView(issue.edition(), issue.date(), sections);
        }

        private static String normalise(String text) {
            return text.replaceAll(" \\[\\d+]", "").replaceAll("\\s+", " ").strip();
        }
    }
}
