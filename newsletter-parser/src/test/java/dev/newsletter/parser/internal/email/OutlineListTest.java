package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.content.ListBlock;
import org.junit.jupiter.api.Test;

/** {@link OutlineList}: topic lines over nested lists, as status reports write them. */
class OutlineListTest {

    private static final String OUTLINE =
            """
            * glaze/ash (Sat Mar 2 2024) 2 commits
              - add the ash recipe
              - fix the cone chart
            * kiln/schedule (Mon Mar 4 2024) 1 commit
              - hold at cone 04 for nine hours
            """;

    @Test
    void eachTopicIsAnEntryTitledByItsNameWithItsStampAndListAsText() {
        RuleTrace trace =
                RuleTrace.text(
                        "What's cooking in the studio\n\nTopics\n======\n\n"
                                + OUTLINE
                                + "\nStudio\n======\n\nMore next week.\n");

        assertThat(trace.ruleOfUnitStarting("glaze/ash")).isEqualTo(OutlineList.class);
        Entry ash = trace.body().sections().get(0).entries().get(0);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("glaze/ash", "kiln/schedule");
        assertThat(ash.blocks().get(0).plainText()).isEqualTo("(Sat Mar 2 2024) 2 commits");
        assertThat(ash.blocks().get(1)).isInstanceOf(ListBlock.class);
    }

    @Test
    void beforeAnySectionTheOutlineIsText() {
        RuleTrace trace = RuleTrace.text("What's cooking in the studio\n\n" + OUTLINE);

        assertThat(trace.ruleOfUnitStarting("glaze/ash")).isEqualTo(ListText.class);
        assertThat(trace.body().sections()).isEmpty();
    }
}
