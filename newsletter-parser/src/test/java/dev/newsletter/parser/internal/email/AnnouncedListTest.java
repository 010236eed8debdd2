package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.content.ListBlock;
import org.junit.jupiter.api.Test;

/** {@link AnnouncedList}: a list an entry's text announces with a colon is that text. */
class AnnouncedListTest {

    private static String text(String lead) {
        return """
                Recommended Reading

                Kiln Software [1]
                %s
                - kilnsim (https://tools.example.org/kilnsim) - plans a firing
                - conechart (https://tools.example.org/cones) - reads a cone chart

                References
                [1] https://tools.example.org/
                """
                .formatted(lead);
    }

    @Test
    void aListOfTitledItemsThatAColonAnnouncesStaysInTheEntry() {
        RuleTrace trace = RuleTrace.text(text("\nThe two we use to plan a firing:\n"));

        assertThat(trace.ruleOfUnitStarting("kilnsim")).isEqualTo(AnnouncedList.class);
        Entry software = trace.body().sections().get(0).entries().get(0);
        assertThat(trace.body().sections().get(0).entries()).hasSize(1);
        assertThat(software.blocks().get(1)).isInstanceOf(ListBlock.class);
    }

    @Test
    void withoutTheAnnouncementEachItemIsAnEntry() {
        RuleTrace trace = RuleTrace.text(text(""));

        assertThat(trace.ruleOfUnitStarting("kilnsim")).isEqualTo(ListEntries.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Kiln Software", "kilnsim", "conechart");
    }

    @Test
    void theNextPartOfALooseListOfTextContinuesIt() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        Studio tips

                        - wedge the clay
                        - trim the foot

                        - glaze the inside first
                        """);

        assertThat(trace.ruleOf("wedge the clay trim the foot")).isEqualTo(ListText.class);
        assertThat(trace.ruleOf("glaze the inside first")).isEqualTo(AnnouncedList.class);
    }
}
