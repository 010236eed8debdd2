package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import org.junit.jupiter.api.Test;

/** {@link ClosingBareTitle}: after a bare title, a last unpunctuated line is one more title. */
class ClosingBareTitleTest {

    private static String text(String between) {
        return """
                Recommended Reading

                Streaming Feature Stores [1]
                %s
                Evaluating retrieval systems

                ----------

                Thanks for reading.

                References
                [1] https://studio.example.org/stores
                """
                .formatted(between);
    }

    @Test
    void aLineClosingTheSectionUnderATitleWithoutTextIsTheNextTitle() {
        RuleTrace trace = RuleTrace.text(text(""));

        assertThat(trace.ruleOf("Evaluating retrieval systems")).isEqualTo(ClosingBareTitle.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Streaming Feature Stores", "Evaluating retrieval systems");
    }

    @Test
    void underATitleWithTextTheLineIsTheLastLineOfThatText() {
        RuleTrace trace =
                RuleTrace.text(text("\nHow to serve features to a model while it runs.\n"));

        assertThat(trace.ruleOf("Evaluating retrieval systems")).isEqualTo(Prose.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Streaming Feature Stores");
    }
}
