package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

/** {@link SectionHeadingLine}: a short line set apart as a heading opens a section. */
class SectionHeadingLineTest {

    private static final String TEXT =
            """
            Hello from the studio, where the kiln is finally cool enough to open.

            Recommended Reading

            The Slow Kiln [1]

            A weekend of firing at low heat, written up hour by hour.

            EVENTS

            Open studio on Saturday, from noon.

            Thanks for reading!

            References
            [1] https://studio.example.org/kiln
            """;

    @Test
    void aLabelOfTheVocabularyAndALineInCapitalsOpenSections() {
        RuleTrace trace = RuleTrace.text(TEXT);

        assertThat(trace.ruleOf("Recommended Reading")).isEqualTo(SectionHeadingLine.class);
        assertThat(trace.ruleOf("EVENTS")).isEqualTo(SectionHeadingLine.class);
        assertThat(trace.body().sections())
                .extracting(Section::heading, Section::kind)
                .containsExactly(
                        tuple("Recommended Reading", SectionKind.READING),
                        tuple("EVENTS", SectionKind.EVENTS));
    }

    @Test
    void aShortLineThatNothingFollowsHeadsNothing() {
        RuleTrace trace = RuleTrace.text(TEXT);

        assertThat(trace.ruleOf("Thanks for reading!")).isNotEqualTo(SectionHeadingLine.class);
        assertThat(trace.body().sections()).hasSize(2);
    }
}
