package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.DatePrecision;
import dev.newsletter.Section;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link EditionHeading}: an edition line written as the first heading dates the issue. */
class EditionHeadingTest {

    @Test
    void theFirstHeadingThatIsAnEditionLineIsTheEdition() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.EDITION_AND_SECTIONS);

        assertThat(trace.ruleOf("Issue 42 – March 2024")).isEqualTo(EditionHeading.class);
        AssembledBody body = trace.body();
        assertThat(body.edition()).isEqualTo("Issue 42");
        assertThat(body.editionDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(body.editionPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(body.sections())
                .extracting(Section::heading)
                .doesNotContain("Issue 42 – March 2024");
    }

    @Test
    void anEditionLineAfterTheSectionsHaveBegunIsASectionHeading() {
        RuleTrace trace = RuleTrace.html(HtmlIssue.EDITION_AND_SECTIONS);

        assertThat(trace.ruleOf("Issue 43 – April 2024")).isEqualTo(SectionHeading.class);
        assertThat(trace.body().sections())
                .extracting(Section::heading)
                .containsExactly("From the workshop", "Elsewhere", "Issue 43 – April 2024");
    }
}
