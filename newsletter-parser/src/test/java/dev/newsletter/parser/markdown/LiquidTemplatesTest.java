package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Paragraph;
import dev.newsletter.parser.MarkdownIssueParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per Liquid rule of the template step, on issues given as strings (no site). */
class LiquidTemplatesTest {

    private static ParseResult parse(String markdown) {
        return parse(markdown, ParseOptions.defaults());
    }

    private static ParseResult parse(String markdown, ParseOptions options) {
        return MarkdownIssueParser.create().parse(ParseInput.of("note.md", markdown), options);
    }

    private static Figure firstFigure(Issue issue) {
        return (Figure)
                issue.intro().stream().filter(Figure.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void anUnsetUrlPrefixLeavesASiteRelativeAddressAndSaysWhere() {
        ParseResult result = parse("Intro.\n\n![Chart]({{ site.github.url }}/images/chart.png)\n");

        assertThat(firstFigure(result.issue()).image().source()).isEqualTo("/images/chart.png");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.line()).isEqualTo(3);
                            assertThat(d.column()).isEqualTo(10);
                            assertThat(d.message())
                                    .contains(
                                            "'site.github.url'",
                                            "site-relative '/images/chart.png'");
                        });
    }

    @Test
    void siteVariablesFromTheOptionsResolveWithOrWithoutThePrefix() {
        ParseOptions options =
                ParseOptions.builder()
                        .siteVariables(Map.of("site.github.url", "https://ff.example.org"))
                        .build();

        ParseResult result = parse("![Chart]({{site.github.url}}/images/chart.png)\n", options);

        assertThat(firstFigure(result.issue()).image().source())
                .isEqualTo("https://ff.example.org/images/chart.png");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void pageVariablesComeFromTheFrontMatterAndFiltersApply() {
        ParseResult result =
                parse(
                        "---\ntitle: Spring notes\n---\n\nThis is {{ page.title | upcase }}."
                                + " See [the archive]({{ \"/archive/\" | relative_url }}).\n",
                        ParseOptions.builder().siteVariables(Map.of("baseurl", "/blog")).build());

        assertThat(result.issue().introText()).contains("This is SPRING NOTES.");
        assertThat(result.issue().toString()).contains("/blog/archive/");
    }

    @Test
    void highlightBecomesAFencedCodeBlockWithItsLanguage() {
        ParseResult result =
                parse(
                        "Before.\n\n{% highlight ruby linenos %}\nputs {{ x }}\n{% endhighlight %}\n\nAfter.\n");

        assertThat(result.issue().intro())
                .filteredOn(CodeBlock.class::isInstance)
                .singleElement()
                .isEqualTo(new CodeBlock("ruby", "puts {{ x }}\n"));
        assertThat(result.issue().introText()).contains("After.");
    }

    @Test
    void rawKeepsItsContentUnresolved() {
        ParseResult result = parse("Write {% raw %}{{ name }}{% endraw %} in your template.\n");

        assertThat(result.issue().introText()).isEqualTo("Write {{ name }} in your template.");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void commentsAreRemovedAndLaterLinesKeepTheirNumbers() {
        ParseResult result =
                parse(
                        "Kept.\n\n{% comment %}\nnot for readers\nstill not\n{% endcomment %}\n\n"
                                + "![]({{ site.url }}/a.png)\n");

        assertThat(result.issue().toString()).doesNotContain("not for readers");
        assertThat(result.diagnostics()).extracting(Diagnostic::line).containsExactly(8);
    }

    @Test
    void otherTagsAreRemovedWithAWarningAndTheTextAroundKept() {
        ParseResult result = parse("{% if site.beta %}Beta readers: hello.{% endif %}\n");

        assertThat(result.issue().introText()).isEqualTo("Beta readers: hello.");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("'{% if %}' is not run"))
                .anySatisfy(m -> assertThat(m).contains("'{% endif %}' is not run"));
    }

    @Test
    void anIncludeWithoutASiteIsRemovedWithAWarning() {
        ParseResult result = parse("Sign up below.\n\n{% include signup.html %}\n");

        assertThat(result.issue().toString()).doesNotContain("{%", "signup");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.line()).isEqualTo(3);
                            assertThat(d.message()).contains("'signup.html' is removed");
                        });
    }

    @Test
    void codeFencesAndCodeSpansShowTheTemplateAsWritten() {
        ParseResult result =
                parse("Use `{{ site.url }}` here.\n\n```liquid\n{% include x.html %}\n```\n");

        assertThat(result.issue().introText()).contains("{{ site.url }}", "{% include x.html %}");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void anUnclosedOpenerIsTextWithOneWarning() {
        ParseResult result = parse("Braces {{ never closed, and {{ again.\n");

        assertThat(result.issue().introText()).isEqualTo("Braces {{ never closed, and {{ again.");
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0).message()).contains("never closed");
    }

    @Test
    void aLongRunOfOpenersIsScannedInLinearTime() {
        ParseResult result = parse("{{ {% ".repeat(200_000) + "\n");

        assertThat(result.issue().introText()).startsWith("{{ {%");
        assertThat(result.diagnostics()).hasSize(1);
    }

    @Test
    void anImageParagraphStaysAFigureAfterResolution() {
        ParseResult result = parse("![A]({{ site.baseurl }}/a.png)\n*A caption.*\n");

        assertThat(result.issue().intro()).singleElement().isInstanceOf(Figure.class);
        assertThat(result.issue().intro()).noneMatch(Paragraph.class::isInstance);
    }
}
