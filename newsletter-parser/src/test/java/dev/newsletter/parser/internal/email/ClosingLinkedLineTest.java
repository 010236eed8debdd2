package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import org.junit.jupiter.api.Test;

/** {@link ClosingLinkedLine}: a linked sentence closing the section ends the entry's text. */
class ClosingLinkedLineTest {

    private static String text(String after) {
        return """
                Recommended Reading

                The Slow Kiln [1]

                A weekend of firing at low heat, written up hour by hour.

                Watch the whole firing on video [2]

                %s

                References
                [1] https://studio.example.org/kiln
                [2] https://video.example.org/firing
                """
                .formatted(after);
    }

    @Test
    void aLinkedLineBeforeASeparatorIsTheEntrysLastLine() {
        RuleTrace trace = RuleTrace.text(text("----------\n\nThanks for reading."));

        assertThat(trace.ruleOf("Watch the whole firing on video"))
                .isEqualTo(ClosingLinkedLine.class);
        Entry kiln = trace.body().sections().get(0).entries().get(0);
        assertThat(trace.body().sections().get(0).entries()).hasSize(1);
        assertThat(kiln.plainText()).contains("Watch the whole firing on video");
    }

    @Test
    void theSameLineOverMoreTextTitlesTheNextEntry() {
        RuleTrace trace = RuleTrace.text(text("The video runs nine hours, so bring tea."));

        assertThat(trace.ruleOf("Watch the whole firing on video")).isEqualTo(EntryTitle.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("The Slow Kiln", "Watch the whole firing on video");
    }
}
