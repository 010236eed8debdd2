package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.content.ListBlock;
import org.junit.jupiter.api.Test;

/** {@link ListUnderMarkedTitle}: where every title is underlined, a list is an entry's text. */
class ListUnderMarkedTitleTest {

    @Test
    void aListOfLinkedToolsUnderAnUnderlinedTitleIsThatEntrysText() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Tools
                        =====

                        Kiln Software
                        -------------

                        - kilnsim (https://tools.example.org/kilnsim) - plans a firing
                        - conechart (https://tools.example.org/cones) - reads a cone chart

                        Glaze Calculators
                        -----------------

                        Two we tried this month, both free.

                        Reading
                        =======

                        Why Clay Cracks
                        ---------------

                        On drying slowly.
                        """);

        assertThat(trace.ruleOfUnitStarting("kilnsim")).isEqualTo(ListUnderMarkedTitle.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Kiln Software", "Glaze Calculators");
        assertThat(trace.body().sections().get(0).entries().get(0).blocks())
                .singleElement()
                .isInstanceOf(ListBlock.class);
    }
}
