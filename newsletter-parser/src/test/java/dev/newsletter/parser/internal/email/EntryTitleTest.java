package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Entry;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link EntryTitle}: a linked, bold or headline-style line inside a section opens an entry. */
class EntryTitleTest {

    @Test
    void linkedAndHeadlineStyleLinesTitleEntries() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        Why Clay Cracks

                        On drying slowly, and why the rim goes first.

                        The Slow Kiln [1]

                        A weekend of firing at low heat, written up hour by hour.

                        References
                        [1] https://studio.example.org/kiln
                        """);

        assertThat(trace.ruleOf("The Slow Kiln")).isEqualTo(EntryTitle.class);
        assertThat(trace.ruleOf("Why Clay Cracks")).isEqualTo(EntryTitle.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title, Entry::link)
                .containsExactly(
                        tuple("Why Clay Cracks", null),
                        tuple("The Slow Kiln", URI.create("https://studio.example.org/kiln")));
    }

    @Test
    void aPlainLineInsideAnEntryOfASectionWhoseTitlesAreLinkedIsPartOfItsText() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        The Slow Kiln [1]

                        A weekend of firing at low heat, written up hour by hour.

                        Why Clay Cracks

                        On drying slowly, and why the rim goes first.

                        References
                        [1] https://studio.example.org/kiln
                        """);

        assertThat(trace.ruleOf("Why Clay Cracks")).isEqualTo(Prose.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("The Slow Kiln");
    }

    @Test
    void aBoldLineInsideAnEntryTitledByAHeadingIsASubheadingOfItsText() {
        RuleTrace trace =
                RuleTrace.html(
                        """
                        <html><body>
                        <h2>From the workshop</h2>
                        <h3>The Slow Kiln</h3>
                        <p>We fired for a whole weekend at low heat.</p>
                        <p><b>Safeguards</b></p>
                        <p>Two thermocouples, and someone awake.</p>
                        <h2>Elsewhere</h2>
                        <p>More next month.</p>
                        </body></html>
                        """);

        assertThat(trace.ruleOf("Safeguards")).isEqualTo(Prose.class);
        assertThat(trace.body().sections().get(0).entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.plainText()).contains("Safeguards"));
    }

    @Test
    void aLineAColonAnnouncesIsNoTitle() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        The Slow Kiln [1]

                        The chart we used, for example:

                        Cone Chart For Low Fire

                        References
                        [1] https://studio.example.org/kiln
                        """);

        assertThat(trace.ruleOf("Cone Chart For Low Fire")).isNotEqualTo(EntryTitle.class);
        assertThat(trace.body().sections().get(0).entries()).hasSize(1);
    }
}
