package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import org.junit.jupiter.api.Test;

/** {@link Prose}: any other paragraph is text; the intro's first is checked against the edition. */
class ProseTest {

    private static String text(String month) {
        return """
                February 2022

                Welcome to the %s letter from the studio.

                We fired the kiln twice this month.

                Recommended Reading

                The Slow Kiln [1]

                A weekend of firing at low heat.

                References
                [1] https://studio.example.org/kiln
                """
                .formatted(month);
    }

    @Test
    void paragraphsAreTextOfTheIntroAndOfTheEntry() {
        RuleTrace trace = RuleTrace.text(text("February"));

        assertThat(trace.ruleOf("We fired the kiln twice this month.")).isEqualTo(Prose.class);
        assertThat(trace.ruleOf("A weekend of firing at low heat.")).isEqualTo(Prose.class);
        assertThat(RuleTrace.plain(trace.body().intro()))
                .containsExactly(
                        "Welcome to the February letter from the studio.",
                        "We fired the kiln twice this month.");
        assertThat(trace.body().sections().get(0).entries().get(0).plainText())
                .isEqualTo("A weekend of firing at low heat.");
        assertThat(trace.diagnostics()).isEmpty();
    }

    @Test
    void anIntroNamingAnotherMonthThanTheEditionLineIsWarnedAbout() {
        RuleTrace trace = RuleTrace.text(text("March"));

        assertThat(trace.diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly("the intro names March but the edition line says February 2022");
        assertThat(trace.diagnostics().get(0).line()).isEqualTo(3);
    }
}
