package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import org.junit.jupiter.api.Test;

/** {@link ContentBlock}: quotes and code are content of the entry they stand in. */
class ContentBlockTest {

    @Test
    void aQuoteAndCodeStayInTheEntry() {
        RuleTrace trace =
                RuleTrace.html(
                        """
                        <html><body>
                        <h2>From the workshop</h2>
                        <h3>The Slow Kiln</h3>
                        <p>We fired for a whole weekend at low heat.</p>
                        <blockquote><p>Clay remembers every hand that touched it.</p></blockquote>
                        <pre>cone 04, hold 9h</pre>
                        <h2>Elsewhere</h2>
                        <p>More next month.</p>
                        </body></html>
                        """);

        assertThat(trace.ruleOf("Clay remembers every hand that touched it."))
                .isEqualTo(ContentBlock.class);
        assertThat(trace.ruleOf("cone 04, hold 9h")).isEqualTo(ContentBlock.class);
        assertThat(trace.body().sections().get(0).entries().get(0).blocks())
                .hasExactlyElementsOfTypes(Paragraph.class, Quote.class, CodeBlock.class);
    }
}
