package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.content.Block;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Rules that let the text renderer's layout read back as the issue it was written from, on
 * hand-written emails laid out the same way: one small case each.
 */
class TextRoundTripRulesTest {

    private static Issue parse(String text) {
        return Fixtures.parseText(text);
    }

    @Test
    void aMarkFollowedByANoBreakSpaceOpensNoQuote() {
        Issue issue =
                parse(
                        "March 2024\n\nA classic example of a long sentence:\n\n"
                                + ">\u00a0I was born in a small town by the sea, the youngest\n"
                                + "of four, and I speak fluent ...\n\n"
                                + "> A real quote stays one.\n");

        assertThat(issue.intro()).hasSize(3);
        assertThat(issue.intro().get(1)).isInstanceOf(Paragraph.class);
        assertThat(issue.intro().get(1).plainText()).startsWith(">\u00a0I was born");
        assertThat(issue.intro().get(2)).isInstanceOf(Quote.class);
    }

    @Test
    void anIndentedDashUnderAnItemIsASubItemNotASignature() {
        Issue issue =
                parse(
                        """
                        Meetups
                        =======

                        Where to meet this month:

                        - 2024-03-04 | Online | Lisbon Rustaceans [1]

                          - Office Hours [2]

                        - 2024-03-06 | Berlin | Berlin Rust Group [3]


                        References

                        [1] https://example.org/lisbon
                        [2] https://example.org/lisbon/office-hours
                        [3] https://example.org/berlin
                        """);

        Section meetups = issue.sections().get(0);
        assertThat(meetups.entries()).isEmpty();
        assertThat(meetups.plainText()).contains("Office Hours").doesNotContain("- Office");
    }

    @Test
    void aListUnderAnUnderlinedTitleIsItsText() {
        Issue issue =
                parse(
                        """
                        Tools
                        =====

                        gitwrap: scripted merges [1]
                        ----------------------------

                        It replays a declarative script of merges and rebases.

                        - patchlog [2] keeps a log of the patches you send.
                        - diffsy [3] colours word diffs.

                        Releases
                        ========

                        Version 2.0 [4]
                        ---------------

                        The second major version.


                        References

                        [1] https://example.org/gitwrap
                        [2] https://example.org/patchlog
                        [3] https://example.org/diffsy
                        [4] https://example.org/v2
                        """);

        assertThat(issue.sections().get(0).entries())
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title()).isEqualTo("gitwrap: scripted merges");
                            assertThat(entry.plainText()).contains("patchlog", "diffsy");
                        });
    }

    @Test
    void aBylineNamingSeveralGivesTheFirstAndStays() {
        Issue issue =
                parse(
                        """
                        Posts
                        =====

                        Labelling with weak supervision [1]
                        -----------------------------------

                        by Ana [2] and Bo Li [3]

                        We tried a weak supervision framework on three data sets.

                        Releases
                        ========

                        Version 2.0 [4]
                        ---------------

                        The second major version.


                        References

                        [1] https://example.org/weak
                        [2] https://example.org/ana
                        [3] https://example.org/bo
                        [4] https://example.org/v2
                        """);

        Entry entry = issue.sections().get(0).entries().get(0);
        assertThat(entry.contributor())
                .isEqualTo(Person.of("Ana", URI.create("https://example.org/ana")));
        assertThat(entry.blocks())
                .extracting(Block::plainText)
                .first()
                .isEqualTo("by Ana and Bo Li");
    }

    @Test
    void aLinkedTitleAfterTwoBlankLinesEndsTheIntro() {
        Issue issue =
                parse(
                        """
                        April 2024

                        Hi all! As every month, here are the pieces our team liked best:


                        Causal inference for the curious [1]

                        A patient introduction to the do-calculus. The paper is well worth a
                        read. — Ana [2]

                        Sparse attention explained [3]

                        A short tour of sparse attention patterns. — Bo [4]


                        References

                        [1] https://example.org/causal
                        [2] https://example.org/ana
                        [3] https://example.org/sparse
                        [4] https://example.org/bo
                        """);

        assertThat(issue.intro()).singleElement();
        assertThat(issue.sections()).singleElement();
        assertThat(issue.sections().get(0).heading()).isEmpty();
        assertThat(issue.sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Causal inference for the curious", "Sparse attention explained");
        assertThat(issue.sections().get(0).entries())
                .extracting(entry -> entry.contributor().name())
                .containsExactly("Ana", "Bo");
    }
}
