package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Section;
import dev.newsletter.content.Heading;
import org.junit.jupiter.api.Test;

/** {@link SubsectionHeading}: a line underlined with tildes opens a subsection. */
class SubsectionHeadingTest {

    @Test
    void tildeUnderlinesInsideASectionOpenSubsectionsOneLevelDown() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Upcoming Events
                        ===============

                        Virtual
                        ~~~~~~~

                        Glazing With Ash

                        An online evening on wood-ash glazes, with time for questions.

                        In Person
                        ~~~~~~~~~

                        Open Studio Day

                        Throw a pot with us on Saturday; clay and aprons provided.
                        """);

        assertThat(trace.ruleOf("Virtual")).isEqualTo(SubsectionHeading.class);
        assertThat(trace.ruleOf("In Person")).isEqualTo(SubsectionHeading.class);
        Section events = trace.body().sections().get(0);
        assertThat(events.entries()).isEmpty();
        assertThat(events.subsections())
                .extracting(Section::heading, Section::level)
                .containsExactly(tuple("Virtual", 3), tuple("In Person", 3));
        assertThat(events.subsections().get(1).entries().get(0).title())
                .isEqualTo("Open Studio Day");
    }

    @Test
    void beforeAnySectionTheUnderlinedLineIsIntroText() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Studio notes
                        ~~~~~~~~~~~~

                        A short letter this month.
                        """);

        assertThat(trace.ruleOf("Studio notes")).isEqualTo(ContentBlock.class);
        assertThat(trace.body().sections()).isEmpty();
        assertThat(trace.body().intro().get(0)).isInstanceOf(Heading.class);
    }
}
