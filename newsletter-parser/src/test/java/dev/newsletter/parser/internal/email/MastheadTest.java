package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.DatePrecision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Masthead}: the newsletter's name and edition line at the top of a text. */
class MastheadTest {

    @Test
    void aNameOverAnEditionLineInOneParagraphIsTheMasthead() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Kilnletter
                        Issue #42 - March 3, 2024

                        Hello from the studio, where the kiln is finally cool enough to open.
                        """);

        assertThat(trace.ruleOf("Kilnletter Issue #42 - March 3, 2024")).isEqualTo(Masthead.class);
        AssembledBody body = trace.body();
        assertThat(body.publicationName()).isEqualTo("Kilnletter");
        assertThat(body.edition()).isEqualTo("Issue #42");
        assertThat(body.editionDate()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(body.metadata()).containsEntry("editionLine", "Issue #42 - March 3, 2024");
        assertThat(RuleTrace.plain(body.intro()))
                .containsExactly(
                        "Hello from the studio, where the kiln is finally cool enough to open.");
    }

    @Test
    void aNameStandingAboveAnEditionLineIsTheMastheadToo() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Field Notes

                        February 2022

                        Hello from the studio, where the kiln is finally cool enough to open.
                        """);

        assertThat(trace.ruleOf("Field Notes")).isEqualTo(Masthead.class);
        assertThat(trace.ruleOf("February 2022")).isEqualTo(Masthead.class);
        assertThat(trace.body().publicationName()).isEqualTo("Field Notes");
        assertThat(trace.body().edition()).isEqualTo("February 2022");
        assertThat(trace.body().editionPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(trace.body().metadata()).doesNotContainKey("editionLine");
    }

    @Test
    void anEditionLineAfterTheFirstSectionIsText() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        The Slow Kiln [1]

                        A weekend of firing at low heat.

                        February 2022

                        More next month.

                        References
                        [1] https://studio.example.org/kiln
                        """);

        assertThat(trace.ruleOf("February 2022")).isEqualTo(Prose.class);
        assertThat(trace.body().edition()).isNull();
    }
}
