package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import org.junit.jupiter.api.Test;

/** {@link QuotedPassage}: a passage in quotation marks after a colon is a quote. */
class QuotedPassageTest {

    private static String text(String lead) {
        return """
                Recommended Reading

                The Slow Kiln [1]

                %s

                "Clay remembers every hand that touched it."

                References
                [1] https://studio.example.org/kiln
                """
                .formatted(lead);
    }

    @Test
    void aQuotedPassageAfterAColonBecomesAQuote() {
        RuleTrace trace = RuleTrace.text(text("Ana writes about the last hour of the firing:"));

        assertThat(trace.ruleOf("\"Clay remembers every hand that touched it.\""))
                .isEqualTo(QuotedPassage.class);
        assertThat(trace.body().sections().get(0).entries().get(0).blocks().get(1))
                .isInstanceOf(Quote.class);
    }

    @Test
    void withoutTheColonItStaysAParagraph() {
        RuleTrace trace = RuleTrace.text(text("Ana wrote about the last hour of the firing."));

        assertThat(trace.ruleOf("\"Clay remembers every hand that touched it.\""))
                .isEqualTo(Prose.class);
        assertThat(trace.body().sections().get(0).entries().get(0).blocks().get(1))
                .isInstanceOf(Paragraph.class);
    }
}
