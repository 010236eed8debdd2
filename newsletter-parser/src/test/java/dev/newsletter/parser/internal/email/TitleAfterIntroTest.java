package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Section;
import org.junit.jupiter.api.Test;

/** {@link TitleAfterIntro}: two blank lines after a greeting, a linked title opens the list. */
class TitleAfterIntroTest {

    private static String text(String gap) {
        return """
                Hi everyone,

                Here are a few things I enjoyed this month.
                %s
                The Slow Kiln [1]
                A weekend of firing at low heat, written up hour by hour,
                with notes on every cone.

                Why Clay Cracks [2]
                On drying slowly, and why the rim goes first, with photographs
                of every crack.

                References
                [1] https://studio.example.org/kiln
                [2] https://clay.example.net/cracks
                """
                .formatted(gap);
    }

    @Test
    void aLinkedTitleTwoBlankLinesBelowTheIntroOpensASectionWithoutHeading() {
        RuleTrace trace = RuleTrace.text(text("\n"));

        assertThat(trace.ruleOf("The Slow Kiln")).isEqualTo(TitleAfterIntro.class);
        AssembledBody body = trace.body();
        assertThat(RuleTrace.plain(body.intro()))
                .containsExactly("Hi everyone,", "Here are a few things I enjoyed this month.");
        Section list = body.sections().get(0);
        assertThat(list.heading()).isEmpty();
        assertThat(list.entries())
                .extracting(Entry::title)
                .containsExactly("The Slow Kiln", "Why Clay Cracks");
    }

    @Test
    void oneBlankLineKeepsItInTheIntro() {
        RuleTrace trace = RuleTrace.text(text(""));

        assertThat(trace.ruleOf("The Slow Kiln")).isEqualTo(Prose.class);
        assertThat(trace.body().sections()).isEmpty();
    }
}
