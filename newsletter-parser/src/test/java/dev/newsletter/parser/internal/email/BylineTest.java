package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Person;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link Byline}: "by Name" right under a title credits the entry's contributor. */
class BylineTest {

    @Test
    void aBylineUnderATitleIsTheContributorAndLeavesNoText() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        The Slow Kiln

                        by Ana Ruiz

                        A weekend of firing at low heat, written up hour by hour.
                        """);

        assertThat(trace.ruleOf("by Ana Ruiz")).isEqualTo(Byline.class);
        Entry kiln = trace.body().sections().get(0).entries().get(0);
        assertThat(kiln.contributor()).isEqualTo(Person.of("Ana Ruiz"));
        assertThat(kiln.plainText()).doesNotContain("Ana Ruiz");
    }

    private static final String SEVERAL =
            """
            <html><body>
            <h2>From the workshop</h2>
            <h3>Glaze Tests</h3>
            <p>by <a href="https://studio.example.org/ana">Ana Ruiz</a> and \
            <a href="https://studio.example.org/bo">Bo Lindqvist</a></p>
            <p>Forty tiles, one winner.</p>
            <p>by Carla Diaz</p>
            <h3>The Slow Kiln</h3>
            <p>We fired for a whole weekend at low heat.</p>
            <h2>Elsewhere</h2>
            <p>More next month.</p>
            </body></html>
            """;

    @Test
    void aBylineNamingSeveralCreditsTheFirstAndStaysAsText() {
        RuleTrace trace = RuleTrace.html(SEVERAL);

        assertThat(trace.ruleOf("by Ana Ruiz and Bo Lindqvist")).isEqualTo(Byline.class);
        Entry tests = trace.body().sections().get(0).entries().get(0);
        assertThat(tests.contributor())
                .isEqualTo(Person.of("Ana Ruiz", URI.create("https://studio.example.org/ana")));
        assertThat(RuleTrace.plain(tests.blocks())).startsWith("by Ana Ruiz and Bo Lindqvist");
    }

    @Test
    void aBylineAfterTheEntrysTextIsNone() {
        RuleTrace trace = RuleTrace.html(SEVERAL);

        assertThat(trace.ruleOf("by Carla Diaz")).isNotEqualTo(Byline.class);
        Entry tests = trace.body().sections().get(0).entries().get(0);
        assertThat(tests.contributor().name()).isEqualTo("Ana Ruiz");
        assertThat(tests.plainText()).contains("by Carla Diaz");
    }
}
