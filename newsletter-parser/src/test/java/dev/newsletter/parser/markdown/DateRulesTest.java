package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.DatePrecision;
import dev.newsletter.Issue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date rules in order: front matter, a date the body states, the edition, the file name. */
class DateRulesTest {

    private static Issue parse(String name, String markdown) {
        return Fixtures.parseText(name, markdown).issue();
    }

    @Test
    void aDayFirstDateInTheFirstLinesOfTheBody() {
        Issue issue = parse("issue.md", "*Sent on 12 March 2020*\n\nHello.\n\n## News\n\nNone.\n");

        assertThat(issue.date()).isEqualTo(LocalDate.of(2020, 3, 12));
        assertThat(issue.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(issue.edition()).isEqualTo("March 2020");
    }

    @Test
    void aMonthFirstDateInTheBody() {
        Issue issue = parse("issue.md", "Hello.\n\nPublished March 12th, 2020.\n");

        assertThat(issue.date()).isEqualTo(LocalDate.of(2020, 3, 12));
    }

    @Test
    void theFrontMatterWinsOverTheBody() {
        Issue issue = parse("issue.md", "---\ndate: 2020-04-01\n---\n\nSent on 12 March 2020\n");

        assertThat(issue.date()).isEqualTo(LocalDate.of(2020, 4, 1));
    }

    @Test
    void aDateDeepInTheBodyIsNotTheIssues() {
        Issue issue =
                parse(
                        "issue.md",
                        "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSent on 12 March 2020\n");

        assertThat(issue.date()).isNull();
    }

    @Test
    void aBodyDateRefinesTheEditionMonthButNeverContradictsIt() {
        assertThat(parse("a.md", "# March 2020\n\nSent on 12 March 2020\n").date())
                .isEqualTo(LocalDate.of(2020, 3, 12));
        Issue other = parse("b.md", "# April 2020\n\nSent on 12 March 2020\n");
        assertThat(other.date()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(other.datePrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void compactAndUnderscoredFileNames() {
        assertThat(parse("archive/newsletter-20200312.md", "Hi.\n").date())
                .isEqualTo(LocalDate.of(2020, 3, 12));
        assertThat(parse("20200312.md", "Hi.\n").date()).isEqualTo(LocalDate.of(2020, 3, 12));
        assertThat(parse("issue_2020_03_12.md", "Hi.\n").date())
                .isEqualTo(LocalDate.of(2020, 3, 12));
    }

    @Test
    void numbersThatAreNoDateAreNotRead() {
        assertThat(parse("newsletter-20201399.md", "Hi.\n").date()).isNull();
        assertThat(parse("ticket-12345678.md", "Hi.\n").date()).isNull();
    }
}
