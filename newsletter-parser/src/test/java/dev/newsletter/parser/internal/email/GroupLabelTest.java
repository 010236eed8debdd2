package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Section;
import org.junit.jupiter.api.Test;

/** {@link GroupLabel}: a short label over linked titles groups them; it is no entry. */
class GroupLabelTest {

    /** Two labels, each over a linked title. */
    static final String LABELLED =
            """
            Recommended Reading

            Tools

            The Kiln Calculator [1]

            Works out a firing schedule from the clay body and the cone.

            Essays

            Why Clay Cracks [2]

            On drying slowly, and why the rim goes first.

            References
            [1] https://tools.example.org/kiln
            [2] https://clay.example.net/cracks
            """;

    @Test
    void aLabelOverALinkedTitleIsTextAndTheTitlesAreTheEntries() {
        RuleTrace trace = RuleTrace.text(LABELLED);

        assertThat(trace.ruleOf("Tools")).isEqualTo(GroupLabel.class);
        assertThat(trace.ruleOf("Essays")).isEqualTo(GroupLabel.class);
        Section reading = trace.body().sections().get(0);
        assertThat(reading.entries())
                .extracting(Entry::title)
                .containsExactly("The Kiln Calculator", "Why Clay Cracks");
        assertThat(RuleTrace.plain(reading.blocks())).containsExactly("Tools");
    }

    @Test
    void aShortLineOverProseIsNoLabel() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        Tools

                        Works out a firing schedule from the clay body and the cone.
                        """);

        assertThat(trace.ruleOf("Tools")).isEqualTo(EntryTitle.class);
    }
}
