package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Section;
import dev.newsletter.content.Heading;
import org.junit.jupiter.api.Test;

/** {@link IntroHeading}: a sub-heading before the first section is part of the intro. */
class IntroHeadingTest {

    @Test
    void aSubHeadingBeforeTheSectionsStaysInTheIntroAsAHeading() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.EDITION_AND_SECTIONS);

        assertThat(trace.ruleOf("In this issue")).isEqualTo(IntroHeading.class);
        AssembledBody body = trace.body();
        assertThat(RuleTrace.plain(body.intro()))
                .containsExactly(
                        "Welcome back to the studio letter.",
                        "In this issue",
                        "A long firing, and an essay on cracks.");
        assertThat(body.intro().get(1)).isInstanceOf(Heading.class);
        assertThat(body.sections()).extracting(Section::heading).doesNotContain("In this issue");
    }
}
