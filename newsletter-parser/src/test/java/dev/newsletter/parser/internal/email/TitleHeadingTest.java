package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Section;
import org.junit.jupiter.api.Test;

/** {@link TitleHeading}: the lone top heading over the sections names the newsletter. */
class TitleHeadingTest {

    @Test
    void aLoneTopHeadingBeforeEverythingIsTheTitle() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.TITLED);

        assertThat(trace.ruleOf("Field Notes")).isEqualTo(TitleHeading.class);
        assertThat(trace.body().title()).isEqualTo("Field Notes");
        assertThat(trace.body().sections())
                .extracting(Section::heading)
                .containsExactly("From the workshop", "Elsewhere");
    }

    @Test
    void aSecondTopHeadingMakesBothSections() {
        RuleTrace trace =
                RuleTrace.html(
                        HtmlIssue.TITLED.replace("<h2>Elsewhere</h2>", "<h1>Elsewhere</h1>"));

        assertThat(trace.ruleOf("Field Notes")).isEqualTo(SectionHeading.class);
        assertThat(trace.body().title()).isNull();
    }
}
