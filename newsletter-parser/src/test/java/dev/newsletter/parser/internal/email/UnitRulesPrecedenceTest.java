package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsletter.Entry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of {@link UnitRules#DEFAULT_RULES}: where two rules could claim a unit, the earlier one
 * decides.
 */
class UnitRulesPrecedenceTest {

    /** The default rules with {@code first} moved right before {@code second}. */
    private static List<UnitRule> moved(
            Class<? extends UnitRule> first, Class<? extends UnitRule> second) {
        List<UnitRule> rules = new ArrayList<>(UnitRules.DEFAULT_RULES);
        UnitRule moving = rules.stream().filter(first::isInstance).findFirst().orElseThrow();
        rules.remove(moving);
        int at = 0;
        while (!second.isInstance(rules.get(at))) {
            at++;
        }
        rules.add(at, moving);
        return rules;
    }

    @Test
    void groupLabelComesBeforeEntryTitleSoALabelOverLinkedTitlesOpensNoEntry() {
        // "Tools" is short and headline-style: EntryTitle would take it as a title too
        assertThat(UnitRules.DEFAULT_RULES.indexOf(rule(GroupLabel.class)))
                .isLessThan(UnitRules.DEFAULT_RULES.indexOf(rule(EntryTitle.class)));

        RuleTrace inOrder = RuleTrace.text(GroupLabelTest.LABELLED);
        RuleTrace swapped =
                RuleTrace.text(GroupLabelTest.LABELLED, moved(EntryTitle.class, GroupLabel.class));

        assertThat(inOrder.ruleOf("Tools")).isEqualTo(GroupLabel.class);
        assertThat(swapped.ruleOf("Tools")).isEqualTo(EntryTitle.class);
        assertThat(inOrder.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("The Kiln Calculator", "Why Clay Cracks");
        assertThat(swapped.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Tools", "The Kiln Calculator", "Essays", "Why Clay Cracks");
    }

    @Test
    void rulesForOtherShapesPassAUnitBySoTheirPlaceAmongThemDoesNotMatter() {
        // the list rules moved before the paragraph rules: a body of both reads the same
        List<UnitRule> rules = new ArrayList<>(UnitRules.DEFAULT_RULES);
        List<UnitRule> listRules =
                rules.stream()
                        .filter(
                                rule ->
                                        rule instanceof AnnouncedList
                                                || rule instanceof ListUnderMarkedTitle
                                                || rule instanceof ListEntries
                                                || rule instanceof OutlineList
                                                || rule instanceof ListText)
                        .toList();
        rules.removeAll(listRules);
        rules.addAll(rules.indexOf(rule(Masthead.class)), listRules);
        String text =
                """
                Recommended Reading

                Kiln Software [1]

                The two we use to plan a firing:

                - kilnsim (https://tools.example.org/kilnsim) - plans a firing
                - conechart (https://tools.example.org/cones) - reads a cone chart

                - and a pencil

                Studio Tips

                - wedge the clay
                - trim the foot

                References
                [1] https://tools.example.org/
                """;

        RuleTrace moved = RuleTrace.text(text, rules);
        RuleTrace inOrder = RuleTrace.text(text);

        assertThat(moved.rules()).isEqualTo(inOrder.rules()).contains(AnnouncedList.class);
        assertThat(moved.body()).isEqualTo(inOrder.body());
    }

    @Test
    void aListWithoutARuleThatClaimsEveryUnitFailsLoudly() {
        List<UnitRule> rules = new ArrayList<>(UnitRules.DEFAULT_RULES);
        rules.removeIf(ContentBlock.class::isInstance);

        assertThatThrownBy(
                        () ->
                                RuleTrace.text(
                                        "Notes\n~~~~~\n\nBefore any section: no rule but the"
                                                + " last reads this heading.\n",
                                        rules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no rule claims a SUBHEADING unit");
    }

    private static UnitRule rule(Class<? extends UnitRule> type) {
        return UnitRules.DEFAULT_RULES.stream().filter(type::isInstance).findFirst().orElseThrow();
    }
}
