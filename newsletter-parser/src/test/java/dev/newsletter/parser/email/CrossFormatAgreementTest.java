package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One issue, one model: the three renderings of February 2022 and of November 2022 (plain-text
 * email, HTML email, Markdown) agree on section kinds, entry titles and contributor names; the two
 * renderings that have links agree on them too. Skipped when the corpus is absent.
 */
class CrossFormatAgreementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "February 2022, "
                + SeedAcceptanceTest.FEBRUARY
                + ", fastforward/email-html/2022-02.html, fastforward/markdown-hugo/2022-02.md",
        "November 2022, "
                + SeedAcceptanceTest.NOVEMBER
                + ", fastforward/email-html/2022-11.html, fastforward/markdown-hugo/2022-11.md"
    })
    void textHtmlAndMarkdownAgree(String edition, String text, String html, String markdown)
            throws IOException {
        Issue fromText = Fixtures.parseCorpus(text);
        Issue fromHtml = Fixtures.parseCorpus(html);
        Issue fromMarkdown =
                MarkdownIssueParser.create()
                        .parse(ParseInput.of(Fixtures.corpus(markdown)), ParseOptions.defaults())
                        .issue();

        assertThat(List.of(fromText.edition(), fromHtml.edition(), fromMarkdown.edition()))
                .containsOnly(edition);
        IssueOutline outline = IssueOutline.of(fromText);
        assertThat(outline.lines()).hasSizeGreaterThan(10);
        assertThat(IssueOutline.of(fromHtml)).isEqualTo(outline);
        assertThat(IssueOutline.of(fromMarkdown)).isEqualTo(outline);

        assertThat(links(fromHtml)).doesNotContainNull().isEqualTo(links(fromMarkdown));
        assertThat(links(fromText)).containsOnlyNulls();
    }

    private static List<URI> links(Issue issue) {
        return issue.entries().stream().map(Entry::link).toList();
    }
}
