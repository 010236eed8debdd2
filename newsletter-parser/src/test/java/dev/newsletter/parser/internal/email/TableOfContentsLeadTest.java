package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Section;
import dev.newsletter.content.ListBlock;
import org.junit.jupiter.api.Test;

/** {@link TableOfContentsLead}: a digest's "Today's Topics:" heads the list of its messages. */
class TableOfContentsLeadTest {

    @Test
    void inADigestTheLeadHeadsASectionThatHoldsTheNumberedList() {
        RuleTrace trace = RuleTrace.text(DigestMessageTest.DIGEST);

        assertThat(trace.ruleOf("Today's Topics:")).isEqualTo(TableOfContentsLead.class);
        Section topics = trace.body().sections().get(0);
        assertThat(topics.heading()).isEqualTo("Today's Topics");
        assertThat(topics.blocks()).singleElement().isInstanceOf(ListBlock.class);
    }

    @Test
    void outsideADigestTheSameLinesAreText() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Hello from the studio.

                        Today's Topics:

                        1. The slow kiln
                        2. Why clay cracks

                        Thanks for reading.
                        """);

        assertThat(trace.ruleOf("Today's Topics:")).isEqualTo(Prose.class);
        assertThat(trace.body().sections()).isEmpty();
    }
}
