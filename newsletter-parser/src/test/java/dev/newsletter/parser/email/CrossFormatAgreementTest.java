package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import dev.newsletter.IssueParser;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One issue, one model: the renderings of February and November 2022 agree on section kinds, entry
 * titles and contributor names. The Markdown rendering joins in when a Markdown parser is
 * installed. Skipped when the corpus is absent.
 */
class CrossFormatAgreementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "February 2022, " + SeedAcceptanceTest.FEBRUARY + ", fastforward/email-html/2022-02.html",
        "November 2022, " + SeedAcceptanceTest.NOVEMBER + ", fastforward/email-html/2022-11.html"
    })
    void textAndHtmlAgree(String edition, String text, String html) {
        Issue fromText = Fixtures.parseCorpus(text);
        Issue fromHtml = Fixtures.parseCorpus(html);
        assertThat(fromText.edition()).isEqualTo(edition);
        assertThat(fromHtml.edition()).isEqualTo(edition);
        assertThat(IssueOutline.of(fromHtml)).isEqualTo(IssueOutline.of(fromText));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "February 2022, " + SeedAcceptanceTest.FEBRUARY + ", fastforward/markdown-hugo/2022-02.md",
        "November 2022, " + SeedAcceptanceTest.NOVEMBER + ", fastforward/markdown-hugo/2022-11.md"
    })
    void markdownAgreesWhenItsParserIsInstalled(String edition, String text, String markdown)
            throws IOException {
        Optional<IssueParser> markdownParser =
                IssueReader.create().parsers().stream()
                        .filter(parser -> parser.name().equals("markdown"))
                        .findFirst();
        assumeTrue(markdownParser.isPresent(), "no Markdown parser is installed yet");
        Issue fromText = Fixtures.parseCorpus(text);
        Issue fromMarkdown =
                markdownParser
                        .get()
                        .parse(ParseInput.of(Fixtures.corpus(markdown)), ParseOptions.defaults())
                        .issue();
        assertThat(IssueOutline.of(fromMarkdown)).isEqualTo(IssueOutline.of(fromText));
    }
}
