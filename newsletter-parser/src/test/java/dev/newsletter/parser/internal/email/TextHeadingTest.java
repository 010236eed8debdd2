package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.content.Heading;
import org.junit.jupiter.api.Test;

/** {@link TextHeading}: a heading two levels below the sections is part of the text. */
class TextHeadingTest {

    @Test
    void aHeadingTwoLevelsBelowTheSectionsStaysInTheEntrysText() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.EDITION_AND_SECTIONS);

        assertThat(trace.ruleOf("Method")).isEqualTo(TextHeading.class);
        Entry kiln = trace.body().sections().get(0).entries().get(0);
        assertThat(kiln.title()).isEqualTo("The Slow Kiln");
        assertThat(kiln.blocks()).hasSize(3);
        assertThat(kiln.blocks().get(1)).isInstanceOf(Heading.class);
        assertThat(kiln.blocks().get(1).plainText()).isEqualTo("Method");
    }

    @Test
    void oneLevelBelowTheSectionsTheSameHeadingTitlesAnEntry() {
        RuleTrace trace =
                RuleTrace.html(
                        HtmlIssue.EDITION_AND_SECTIONS.replace(
                                "<h4>Method</h4>", "<h3>Method</h3>"));

        assertThat(trace.ruleOf("Method")).isEqualTo(EntryHeading.class);
        assertThat(trace.body().sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("The Slow Kiln", "Method");
    }
}
