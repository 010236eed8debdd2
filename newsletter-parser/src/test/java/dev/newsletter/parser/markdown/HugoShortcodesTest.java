package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.ParseResult;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Figure;
import org.junit.jupiter.api.Test;

/** One test per Hugo shortcode rule of the template step. */
class HugoShortcodesTest {

    private static ParseResult parse(String markdown) {
        return Fixtures.parseText("post.md", markdown);
    }

    @Test
    void aFigureIsAnImageWithItsCaption() {
        ParseResult result =
                parse(
                        "{{< figure src=\"/img/reef.jpg\" alt=\"A reef\" caption=\"The reef at low tide\" >}}\n");

        assertThat(result.issue().intro())
                .singleElement()
                .isInstanceOfSatisfying(
                        Figure.class,
                        figure -> {
                            assertThat(figure.image().source()).isEqualTo("/img/reef.jpg");
                            assertThat(figure.image().alt()).isEqualTo("A reef");
                            assertThat(figure.plainText()).contains("The reef at low tide");
                        });
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void videosAndPostsAreLinks() {
        ParseResult result =
                parse(
                        "{{< youtube dQw4w9WgXcQ >}}\n\n{{< vimeo 146022717 >}}\n\n{{< tweet user=\"tides\" id=\"123\" >}}\n");

        String issue = result.issue().toString();
        assertThat(issue)
                .contains(
                        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                        "https://vimeo.com/146022717",
                        "https://twitter.com/tides/status/123")
                .doesNotContain("{{<");
    }

    @Test
    void refIsThePath() {
        ParseResult result = parse("Read [the last issue]({{< ref \"posts/2020-03.md\" >}}).\n");

        assertThat(result.issue().toString()).contains("posts/2020-03.md").doesNotContain("{{<");
    }

    @Test
    void pairedShortcodesKeepTheirInnerTextAndUnknownOnesWarn() {
        ParseResult result =
                parse(
                        "{{% note %}}\nTides are late.\n{{% /note %}}\n\n{{< sparkle >}}Shiny words{{< /sparkle >}}\n\n{{< mystery 1 >}}\n");

        assertThat(result.issue().introText()).contains("Tides are late.", "Shiny words");
        assertThat(result.issue().toString()).doesNotContain("{{<", "{{%", "mystery");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::line)
                .containsExactly(5, 7); // sparkle and mystery; note is a known container
    }

    @Test
    void highlightIsAFencedCodeBlock() {
        ParseResult result =
                parse("{{< highlight go >}}\nfmt.Println(\"hi\")\n{{< /highlight >}}\n");

        assertThat(result.issue().intro())
                .singleElement()
                .isEqualTo(new CodeBlock("go", "fmt.Println(\"hi\")\n"));
    }

    @Test
    void shortcodesInCodeAreShownAsWritten() {
        ParseResult result = parse("Write `{{< youtube ID >}}` to embed.\n");

        assertThat(result.issue().introText()).contains("{{< youtube ID >}}");
        assertThat(result.diagnostics()).isEmpty();
    }
}
