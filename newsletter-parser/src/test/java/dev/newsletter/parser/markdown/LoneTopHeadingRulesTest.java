package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.Section;
import dev.newsletter.content.Heading;
import org.junit.jupiter.api.Test;

/** When a single {@code #} heading is the document's title, and when it heads a section. */
class LoneTopHeadingRulesTest {

    private static Issue parse(String markdown) {
        return IssueReader.create().read(ParseInput.of("case.md", markdown)).issue();
    }

    @Test
    void aLoneTopHeadingBeforeTheSectionsIsTheTitle() {
        Issue issue =
                parse(
                        """
                        # Tide Pool Notes

                        Welcome to this month's notes.

                        ## Reading

                        ### [Quiet Systems](https://books.example.org/quiet)

                        A short book about software that does not page anyone.
                        """);
        assertThat(issue.intro()).first().isEqualTo(Heading.of(1, "Tide Pool Notes"));
        assertThat(issue.sections()).extracting(Section::heading).containsExactly("Reading");
    }

    @Test
    void aLoneTopHeadingOverDeeperHeadingsHeadsTheirSection() {
        Issue issue =
                parse(
                        """
                        Welcome to this month's notes.

                        # Topics

                        ### [Quiet Systems](https://books.example.org/quiet)

                        A short book about software that does not page anyone.

                        ### [Loud Systems](https://books.example.org/loud)

                        The opposite, in every way.

                        ## Why it matters

                        Pagers wake people up.
                        """);
        assertThat(issue.intro()).noneMatch(block -> block instanceof Heading);
        assertThat(issue.sections()).extracting(Section::heading).containsExactly("Topics");
        assertThat(issue.sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Quiet Systems", "Loud Systems");
        assertThat(issue.sections().get(0).entries().get(1).blocks())
                .contains(Heading.of(2, "Why it matters"));
    }
}
