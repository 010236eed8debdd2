package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import org.junit.jupiter.api.Test;

/** One test per MDX rule of the template step. */
class MdxSyntaxTest {

    @Test
    void importsExportsAndEmptyComponentsAreRemovedWithAnInfo() {
        ParseResult result =
                Fixtures.parseText(
                        "42.mdx",
                        "Hello.\n\nimport Banner from \"../banner.mdx\";\nexport const meta = {\n  a: 1,\n};\n\n"
                                + "<Banner />\n\n<SignupForm placement=\"middle\" />\n\nBye.\n");

        assertThat(result.issue().introText()).isEqualTo("Hello.\n\nBye.");
        assertThat(result.diagnostics())
                .allMatch(d -> d.severity() == Severity.INFO)
                .extracting(Diagnostic::line)
                .containsExactly(8, 10);
    }

    @Test
    void aComponentWithTextKeepsItsText() {
        ParseResult result =
                Fixtures.parseText(
                        "43.mdx",
                        "<Callout type=\"tip\">\nUpgrade before Friday.\n</Callout>\n\n<Em>Short one.</Em>\n");

        assertThat(result.issue().introText()).isEqualTo("Upgrade before Friday.\n\nShort one.");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void codeSpansAndFencesAreText() {
        ParseResult result =
                Fixtures.parseText(
                        "44.mdx",
                        "- Support for `<Activity>` lands\n\n```js\nimport X from \"x\";\n<X />\n```\n");

        assertThat(result.issue().toString())
                .contains("<Activity>", "import X from \"x\";", "<X />");
    }

    @Test
    void aMarkdownFileIsMdxOnlyWhenItUsesWhatItImports() {
        String used = "import Card from \"./card\";\n\n<Card />\n\nText.\n";
        String unused = "import Card from \"./card\";\n\nText.\n";

        assertThat(Fixtures.parseText("a.md", used).issue().toString())
                .doesNotContain("import", "<Card");
        assertThat(Fixtures.parseText("b.md", unused).issue().toString()).contains("import Card");
    }
}
