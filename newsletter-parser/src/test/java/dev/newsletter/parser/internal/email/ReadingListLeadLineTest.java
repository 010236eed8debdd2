package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

/** {@link ReadingListLeadLine}: a sentence announcing reads opens a reading list. */
class ReadingListLeadLineTest {

    private static final String TEXT =
            """
            Hello from the studio, where the kiln is finally cool enough to open.

            Here is our reading list for the month:

            The Slow Kiln [1]

            A weekend of firing at low heat.

            Worth reading too, from our favourite reads of the year:

            Why Clay Cracks [2]

            On drying slowly.

            References
            [1] https://studio.example.org/kiln
            [2] https://clay.example.net/cracks
            """;

    @Test
    void theLeadOpensAReadingSectionWithoutHeadingAndIsItsText() {
        RuleTrace trace = RuleTrace.text(TEXT);

        assertThat(trace.ruleOf("Here is our reading list for the month:"))
                .isEqualTo(ReadingListLeadLine.class);
        AssembledBody body = trace.body();
        assertThat(RuleTrace.plain(body.intro()))
                .containsExactly(
                        "Hello from the studio, where the kiln is finally cool enough to open.");
        Section reading = body.sections().get(0);
        assertThat(reading.kind()).isEqualTo(SectionKind.READING);
        assertThat(reading.heading()).isEmpty();
        assertThat(RuleTrace.plain(reading.blocks()))
                .containsExactly("Here is our reading list for the month:");
        assertThat(reading.entries())
                .extracting(Entry::title)
                .containsExactly("The Slow Kiln", "Why Clay Cracks");
    }

    @Test
    void insideAReadingListAnotherLeadOpensNoSecondOne() {
        RuleTrace trace = RuleTrace.text(TEXT);

        assertThat(trace.ruleOf("Worth reading too, from our favourite reads of the year:"))
                .isEqualTo(Prose.class);
        assertThat(trace.body().sections()).hasSize(1);
    }
}
