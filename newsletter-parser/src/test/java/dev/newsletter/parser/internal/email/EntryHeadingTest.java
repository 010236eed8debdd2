package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link EntryHeading}: a heading one level below the sections titles an entry. */
class EntryHeadingTest {

    @Test
    void aHeadingInsideASectionTitlesAnEntryWithItsLink() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.EDITION_AND_SECTIONS);

        assertThat(trace.ruleOf("The Slow Kiln")).isEqualTo(EntryHeading.class);
        Entry kiln = trace.body().sections().get(0).entries().get(0);
        assertThat(kiln.title()).isEqualTo("The Slow Kiln");
        assertThat(kiln.link()).isEqualTo(URI.create("https://studio.example.org/kiln"));
        assertThat(kiln.plainText()).startsWith("We fired for a whole weekend");
    }

    @Test
    void theSameLevelBeforeAnySectionIsNoEntry() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.EDITION_AND_SECTIONS);

        assertThat(trace.ruleOf("In this issue")).isEqualTo(IntroHeading.class);
    }
}
