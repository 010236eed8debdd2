package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Person;
import org.junit.jupiter.api.Test;

/** {@link SignOff}: a closing exclamation above a signature is text, not a title. */
class SignOffTest {

    @Test
    void anExclamationOverASignatureStaysInTheEntry() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        The Slow Kiln

                        A weekend of firing at low heat, written up hour by hour.

                        See you next week! 👋

                        -- The Studio Team
                        """);

        assertThat(trace.ruleOf("See you next week! 👋")).isEqualTo(SignOff.class);
        Entry kiln = trace.body().sections().get(0).entries().get(0);
        assertThat(trace.body().sections().get(0).entries()).hasSize(1);
        assertThat(RuleTrace.plain(kiln.blocks()))
                .containsExactly(
                        "A weekend of firing at low heat, written up hour by hour.",
                        "See you next week! 👋");
        assertThat(kiln.contributor()).isEqualTo(Person.of("The Studio Team"));
    }

    @Test
    void anExclamationThatMoreTextFollowsIsNoSignOff() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Studio News

                        Open studio on Saturday, from noon.

                        Big news!

                        We bought a second kiln.
                        """);

        assertThat(trace.ruleOf("Big news!")).isNotEqualTo(SignOff.class);
    }
}
