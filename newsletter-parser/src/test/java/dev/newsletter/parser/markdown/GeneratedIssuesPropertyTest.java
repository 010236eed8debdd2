package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.newsletter.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated newsletters assembled from the shapes real issues use (headings, link
 * entries, bullets, attributions, rules, raw HTML, Liquid, captions): parsing never throws and
 * never loses a word. Fixed seed, so a failure is reproducible.
 */
class GeneratedIssuesPropertyTest {

    private static final long SEED = 20_261_122L;

    private static final List<String> HEADERS =
            List.of(
                    "",
                    "---\ntitle: Generated issue\ndate: 2022-03-04\ntags: [a, b]\nextra_key: kept\n---\n\n",
                    "+++\ntitle = \"Generated\"\ndate = 2022-03-04\n[extra]\nmonth = \"March 2022\"\n+++\n\n",
                    "Title: Generated weekly\nDate: 2022-03-04 10:00\nCategory: Tests\n\n",
                    "---\ndate: 020-03-04\n---\n\n");

    private static final List<String> FRAGMENTS =
            List.of(
                    "# March 2022\n",
                    "## New research! Topic modelling\n",
                    "## Recommended reading\n",
                    "## Fast Forward Live!\n",
                    "## Odds and ends\n",
                    "### [A linked heading](https://example.com/h)\n",
                    "### A plain sub-heading\n",
                    "Welcome to the March edition of the newsletter.\n",
                    "A paragraph of body text with *emphasis* and `code`.\n",
                    "[An entry title](https://example.com/entry)\n",
                    "**[A bold entry](https://example.com/bold)**\n",
                    "- [A listed read](https://example.com/read)\n\n    Why it matters. - *[Andrew](https://example.org/a)*\n",
                    "- A plain bullet\n- Another bullet\n",
                    "Closing thoughts. — [*Melanie*](https://example.org/m)\n",
                    "Short remark - Shioulin\n",
                    "*by [Grace](https://example.org/g)*\n",
                    "---\n",
                    "<!-- more -->\n",
                    "<div class=\"box\">Raw <b>HTML</b> words</div>\n",
                    "{% include footer.html %}\n",
                    "![Alt words](/img/a.png)\n_Caption words_\n",
                    "> A quoted line with [a link](https://example.com/q)\n",
                    "| Col one | Col two |\n| --- | --- |\n| cell a | cell b |\n",
                    "```python\nprint('code words')\n```\n",
                    "[![Sponsor](/img/s.png)](https://sponsor.example.com)\n",
                    "import Thing from \"./thing.mdx\";\n",
                    "Write to <https://example.com/contact> or www.example.com/help.\n");

    @Test
    void generatedIssuesParseWithEveryWordKept() {
        qt().withFixedSeed(SEED)
                .withExamples(400)
                .forAll(
                        integers().between(0, HEADERS.size() - 1),
                        lists().of(integers().between(0, FRAGMENTS.size() - 1))
                                .ofSizeBetween(0, 25))
                .checkAssert(
                        (header, picks) -> {
                            StringBuilder text = new StringBuilder(HEADERS.get(header));
                            for (int pick : picks) {
                                text.append(FRAGMENTS.get(pick)).append('\n');
                            }
                            String markdown = text.toString();
                            ParseResult result = Fixtures.parseText("generated.md", markdown);

                            assertThat(
                                            WordInventory.ofSource(markdown)
                                                    .missingFrom(
                                                            WordInventory.ofIssue(result.issue())))
                                    .as("%s%n---%n%s", markdown, StructureDump.of(result.issue()))
                                    .isEmpty();
                        });
    }
}
