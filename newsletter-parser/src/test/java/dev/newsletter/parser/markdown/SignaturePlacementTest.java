package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a "- Name" signature of an entry may stand in Markdown. */
class SignaturePlacementTest {

    private static Entry firstEntry(String markdown) {
        Issue issue = IssueReader.create().read(ParseInput.of("case.md", markdown)).issue();
        return issue.sections().get(0).entries().get(0);
    }

    @Test
    void aSignatureInsideAnEmphasisedParagraphSignsTheEntry() {
        Entry entry =
                firstEntry(
                        """
                        ## Reading

                        ### [A Critical Appraisal](https://example.org/appraisal)

                        *I keep coming back to this one. - [Ana](https://example.org/ana)*
                        """);

        assertThat(entry.contributor().name()).isEqualTo("Ana");
        assertThat(entry.contributor().uri()).isEqualTo(URI.create("https://example.org/ana"));
        assertThat(entry.plainText()).isEqualTo("I keep coming back to this one.");
    }

    @Test
    void aClosingLeadInLineLeavesTheSignatureToTheParagraphBefore() {
        Entry entry =
                firstEntry(
                        """
                        ## Reading

                        ### [Graphs and Transformers](https://example.org/graphs)

                        A clear account of attention as message passing. - *[Bo](https://example.org/bo)*

                        And for some lighter reading:
                        """);

        assertThat(entry.contributor().name()).isEqualTo("Bo");
        assertThat(entry.plainText()).doesNotContain("- Bo").contains("lighter reading:");
    }
}
