package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.content.ListBlock;
import org.junit.jupiter.api.Test;

/** {@link ListText}: any other list is text where it stands. */
class ListTextTest {

    @Test
    void aListOfTipsUnderAnEntryIsItsText() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        The Slow Kiln [1]

                        A weekend of firing at low heat, and what we learnt from it.

                        - wedge the clay
                        - trim the foot

                        References
                        [1] https://studio.example.org/kiln
                        """);

        assertThat(trace.ruleOf("wedge the clay trim the foot")).isEqualTo(ListText.class);
        assertThat(trace.body().sections().get(0).entries())
                .singleElement()
                .satisfies(kiln -> assertThat(kiln.blocks().get(1)).isInstanceOf(ListBlock.class));
    }
}
