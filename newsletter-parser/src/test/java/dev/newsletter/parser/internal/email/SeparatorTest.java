package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Section;
import dev.newsletter.content.Rule;
import org.junit.jupiter.api.Test;

/** {@link Separator}: a separator line is a boundary, not content. */
class SeparatorTest {

    private static final String TEXT =
            """
            Notes from the workshop this month, mostly about patience.

            ----------

            Open studio

            Come by on Saturday afternoon and throw a pot with us.
            """;

    @Test
    void aSeparatorLineLeavesNoBlockAndSetsTheNextLineApartAsAHeading() {
        RuleTrace trace = RuleTrace.text(TEXT);

        assertThat(trace.ruleOf("")).isEqualTo(Separator.class); // a rule unit has no text
        AssembledBody body = trace.body();
        assertThat(body.intro()).noneMatch(Rule.class::isInstance);
        assertThat(RuleTrace.plain(body.intro()))
                .containsExactly("Notes from the workshop this month, mostly about patience.");
        assertThat(body.sections()).extracting(Section::heading).containsExactly("Open studio");
        assertThat(body.sections().get(0).blocks()).noneMatch(Rule.class::isInstance);
    }

    @Test
    void withoutTheSeparatorTheShortLineIsText() {
        RuleTrace trace = RuleTrace.text(TEXT.replace("----------\n\n", ""));

        assertThat(trace.ruleOf("Open studio")).isEqualTo(Prose.class);
        assertThat(trace.body().sections()).isEmpty();
    }
}
