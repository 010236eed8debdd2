package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Figure;
import org.junit.jupiter.api.Test;

/**
 * HTML as newsletter tools send it: layout tables, a hidden preview text, a tracking pixel, a
 * {@code <title>}, a masthead heading, a list of links with attributions, and the legal footer.
 */
class HtmlEmailToolOutputTest {

    private static final String FIXTURE = "html/garden-club-spring.html";

    private final Issue issue = Fixtures.parse(FIXTURE);

    @Test
    void titleMastheadAndHiddenPreviewText() {
        assertThat(issue.title()).isEqualTo("Garden Club Dispatch: Spring Planting");
        assertThat(issue.publication().name()).isEqualTo("Garden Club Dispatch");
        assertThat(issue.metadata().getString("preheader"))
                .contains("Seed swaps, a soil clinic and three books for rainy days");
        assertThat(issue.metadata().getString("viewInBrowser"))
                .contains("https://garden.example.net/dispatch/spring");
        assertThat(issue.introText())
                .isEqualTo(
                        "Spring is finally here, and so are the seedlings on every windowsill in town.");
    }

    @Test
    void sectionsThroughLayoutTablesAndLinkLists() {
        assertThat(issue.sections())
                .extracting(Section::kind, Section::heading)
                .containsExactly(
                        tuple(SectionKind.EVENTS, "Upcoming Events"),
                        tuple(SectionKind.READING, "Further Reading"));
        assertThat(issue.entries(SectionKind.OTHER))
                .extracting(Entry::title)
                .containsExactly("Seed Swap at the Library", "Soil Clinic");
        assertThat(issue.entries(SectionKind.READING))
                .extracting(Entry::title, entry -> entry.contributor().name(), Entry::plainText)
                .containsExactly(
                        tuple(
                                "The Small Plot Handbook",
                                "Ines",
                                "dense with diagrams, light on jargon."),
                        tuple("Compost Without Tears", "Raj", "the only compost book you need."));
    }

    @Test
    void trackingPixelAndFooterAreNotContent() {
        assertThat(issue.entries())
                .allSatisfy(
                        entry -> assertThat(entry.blocks()).noneMatch(Figure.class::isInstance));
        assertThat(issue.entries(SectionKind.READING).get(1).plainText())
                .doesNotContain("Unsubscribe");
        assertThat(issue.metadata().getString("footer"))
                .hasValueSatisfying(
                        footer ->
                                assertThat(footer)
                                        .contains("All rights reserved")
                                        .contains("You are receiving this email")
                                        .contains("Unsubscribe"));
    }
}
