package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

/** {@link SectionHeading}: a heading at the section level opens a section. */
class SectionHeadingTest {

    @Test
    void eachHeadingOfTheSectionLevelOpensASection() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.TITLED);

        assertThat(trace.ruleOf("From the workshop")).isEqualTo(SectionHeading.class);
        assertThat(trace.ruleOf("Elsewhere")).isEqualTo(SectionHeading.class);
        assertThat(trace.body().sections()).hasSize(2);
    }

    @Test
    void aLineUnderlinedWithEqualsSignsOpensALabelledSection() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Reading
                        =======

                        Why Clay Cracks
                        ---------------

                        On drying slowly, and why the rim goes first.
                        """);

        assertThat(trace.ruleOf("Reading")).isEqualTo(SectionHeading.class);
        assertThat(trace.ruleOf("Why Clay Cracks")).isNotEqualTo(SectionHeading.class);
        assertThat(trace.body().sections())
                .extracting(Section::heading, Section::kind)
                .containsExactly(tuple("Reading", SectionKind.READING));
    }
}
