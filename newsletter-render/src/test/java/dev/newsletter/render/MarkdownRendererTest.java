package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.content.Block;
import dev.newsletter.content.Paragraph;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class MarkdownRendererTest {

    private static final MarkdownRenderer BODY_ONLY =
            MarkdownRenderer.builder().frontMatter(false).build();

    /** The content of an issue that has only an intro, read back with plain commonmark-java. */
    private static List<Block> roundTrip(List<Block> intro) {
        String markdown = BODY_ONLY.render(Issue.builder().intro(intro).build());
        return CommonmarkContent.parse(markdown);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*not emphasis*",
                "_nor this_",
                "# not a heading",
                "## nor this",
                "[not](a link)",
                "![not](an image)",
                "`not code`",
                "<b>not a tag</b>",
                "&amp; stays an ampersand",
                "- not a bullet",
                "+ nor this",
                "* nor this",
                "1. not a numbered item",
                "2) nor this",
                "> not a quote",
                "=== not an underline",
                "--- not a rule",
                "\\ a backslash \\*",
                "~~not struck~~",
                "| not | a | table |",
                "trailing #",
                "a_b_c and 2*3*4",
                "<!-- more -->",
                "1234567890. long number",
                "plain text, nothing odd"
            })
    void markdownSignificantTextStaysText(String text) {
        List<Block> intro = List.of(Paragraph.of(text));

        assertThat(roundTrip(intro)).isEqualTo(intro);
    }

    @Test
    void handBuiltContentReadsBackEqual() {
        Issue monthly = SampleIssues.monthly();
        for (var section : monthly.sections()) {
            for (var entry : section.entries()) {
                List<Block> blocks =
                        entry.blocks().stream()
                                .filter(b -> !(b instanceof dev.newsletter.content.Figure))
                                .toList();
                assertThat(roundTrip(blocks)).isEqualTo(blocks);
            }
        }
    }

    @Test
    void randomContentReadsBackEqual() {
        qt().withFixedSeed(20230314L)
                .withExamples(2000)
                .forAll(RandomIssues.blocks(5))
                .checkAssert(blocks -> assertThat(roundTrip(blocks)).isEqualTo(blocks));
    }

    @Test
    void frontMatterIsYamlWithTheIssueFieldsFirst() {
        String markdown = MarkdownRenderer.create().render(SampleIssues.monthly());

        Map<String, Object> yaml = frontMatter(markdown);

        assertThat(yaml.keySet())
                .containsExactly(
                        "title",
                        "date",
                        "authors",
                        "tags",
                        "publication",
                        "preview_image",
                        "post_type",
                        "draft");
        assertThat(yaml.get("publication"))
                .isEqualTo(
                        Map.of(
                                "name", "Signal Notes",
                                "tagline",
                                        "Notes from the lab on new research, prototypes and what we"
                                                + " read",
                                "homepage", "https://notes.example.org/"));
        assertThat(yaml.get("title")).isEqualTo("Signal Notes March Newsletter");
        assertThat(yaml.get("date")).isInstanceOf(Date.class);
        assertThat(yaml.get("authors"))
                .isEqualTo(
                        List.of(
                                Map.of(
                                        "name",
                                        "Ada Park",
                                        "url",
                                        "https://notes.example.org/people/ada")));
        assertThat(yaml.get("tags")).isEqualTo(List.of("newsletter", "machine learning"));
        assertThat(yaml.get("draft")).isEqualTo(false);
        assertThat(markdown).contains("\n---\n\n# March 2023\n\n");
    }

    @Test
    void randomMetadataReadsBackEqualThroughASafeYamlLoader() {
        qt().withFixedSeed(42L)
                .withExamples(2000)
                .forAll(RandomIssues.metadata())
                .checkAssert(
                        metadata -> {
                            Issue issue = Issue.builder().title("t").metadata(metadata).build();
                            Map<String, Object> yaml =
                                    frontMatter(MarkdownRenderer.create().render(issue));
                            yaml.remove("title");
                            assertThat(Metadata.of(yaml)).isEqualTo(metadata);
                        });
    }

    @Test
    void readingEntriesAreBulletsWithIndentedBodyAndAttribution() {
        String markdown = MarkdownRenderer.create().render(SampleIssues.monthly());

        assertThat(markdown)
                .contains(
                        "- [Attention is not all you need, sometimes](https://papers.example.net/abs/2303.01234)\n"
                                + "\n"
                                + "  A careful study of when recurrence still wins.")
                .contains(
                        "**worth the price of admission**. - *[Ada](https://social.example.com/@ada)*\n")
                .contains("### [Drift Watch](https://git.example.org/lab/drift-watch)\n")
                .contains("## New research! Sparse Attention in Practice\n");
    }

    @Test
    void monthPrecisionDateIsTheEditionHeadingElseYearAndMonth() {
        Issue issue = SampleIssues.emailShaped();

        String named = MarkdownRenderer.create().render(issue);
        String unnamed = MarkdownRenderer.create().render(issue.toBuilder().edition(null).build());

        assertThat(frontMatter(named)).doesNotContainKey("date");
        assertThat(named).contains("\n# April 2023\n");
        assertThat(frontMatter(unnamed)).containsEntry("date", "2023-04");
    }

    @Test
    void publicationInstantKeepsTheIssueDayInItsOffset() {
        Issue issue =
                SampleIssues.emailShaped().toBuilder()
                        .date(java.time.LocalDate.of(2021, 11, 17))
                        .published(java.time.Instant.parse("2021-11-16T23:00:00Z"))
                        .build();

        String markdown = MarkdownRenderer.create().render(issue);

        assertThat(markdown).contains("\ndate: 2021-11-17T00:00:00+01:00\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(String markdown) {
        assertThat(markdown).startsWith("---\n");
        int end = markdown.indexOf("\n---\n", 3);
        assertThat(end).isPositive();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return (Map<String, Object>) yaml.load(markdown.substring(4, end + 1));
    }
}
